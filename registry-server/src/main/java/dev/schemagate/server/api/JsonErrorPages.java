package dev.schemagate.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty writes itself, before a request reaches the API (an unreadable request line,
 * a path Jetty refuses, a request arriving while the server stops), in the same
 * {@code {"error_code", "message"}} shape as every other error, never an HTML page or a stack.
 */
public final class JsonErrorPages extends ErrorHandler {

  /** Every method gets a body, not only GET, POST and HEAD as in Jetty's default. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Http.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Http.CONTENT_TYPE);
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int code, String reason) {
    String message = "HTTP " + code + " " + HttpStatus.getMessage(code)
        + (reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(code)) ? "" : ": " + reason);
    try {
      return Http.MAPPER.writeValueAsBytes(Http.object().put("error_code", code).put("message", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body could not be written as JSON", e);
    }
  }
}
