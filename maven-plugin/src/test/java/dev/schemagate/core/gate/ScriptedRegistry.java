package dev.schemagate.core.gate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.schemagate.core.client.RegistryClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry on 127.0.0.1 that answers scripted GETs, for what a real registry-server refuses to
 * hold: versions SchemaGate cannot parse, references to versions that are gone. Everything else is 404.
 */
final class ScriptedRegistry implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  ScriptedRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  RegistryClient client() {
    return RegistryClient.create(config -> config.url(url()));
  }

  /** The subject's versions, each an Avro schema text, numbered from 1; its level is BACKWARD. */
  ScriptedRegistry subject(String subject, String... schemas) {
    StringBuilder numbers = new StringBuilder("[");
    for (int version = 1; version <= schemas.length; version++) {
      ObjectNode answer = JsonNodeFactory.instance.objectNode()
          .put("subject", subject).put("version", version).put("id", version).put("schema", schemas[version - 1]);
      answers.put("/subjects/" + subject + "/versions/" + version, answer.toString());
      numbers.append(version > 1 ? "," : "").append(version);
    }
    answers.put("/subjects/" + subject + "/versions", numbers.append(']').toString());
    answers.put("/config/" + subject + "?defaultToGlobal=true", "{\"compatibilityLevel\":\"BACKWARD\"}");
    return this;
  }

  /** Replaces an answer, e.g. to give a version references. */
  ScriptedRegistry answer(String target, String body) {
    answers.put(target, body);
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String body = answers.get(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
    byte[] bytes = (body == null ? "{\"error_code\":40401,\"message\":\"Subject not found.\"}" : body).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
