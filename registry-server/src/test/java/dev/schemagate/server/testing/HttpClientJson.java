package dev.schemagate.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Expected answers written in tests. */
public final class HttpClientJson {
  private HttpClientJson() {}

  /** {@code {"error_code": code, "message": message}}. */
  public static ObjectNode error(int code, String message) {
    return HttpClientForTests.MAPPER.createObjectNode().put("error_code", code).put("message", message);
  }
}
