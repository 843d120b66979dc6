package dev.schemagate.core.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scripted registry on 127.0.0.1 and a random port that records every request it gets. */
final class FakeRegistry implements AutoCloseable {
  record Request(String method, String target, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }
  }

  private record Scripted(int status, String body, long delayMillis) {}

  private final HttpServer server;
  private final Map<String, Scripted> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  FakeRegistry() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers {@code method target} (the raw path and query) with this status and body. */
  FakeRegistry answer(String method, String target, int status, String body) {
    answers.put(method + " " + target, new Scripted(status, body, 0));
    return this;
  }

  FakeRegistry answerSlowly(String method, String target, long delayMillis) {
    answers.put(method + " " + target, new Scripted(200, "[]", delayMillis));
    return this;
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  Request onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request but got " + requests);
    }
    return requests.get(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
    requests.add(new Request(exchange.getRequestMethod(), target, headers, body));
    Scripted scripted = answers.getOrDefault(
        exchange.getRequestMethod() + " " + target, new Scripted(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}", 0));
    if (scripted.delayMillis() > 0) {
      try {
        Thread.sleep(scripted.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = scripted.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", RegistryHttp.CONTENT_TYPE);
    exchange.sendResponseHeaders(scripted.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientGone) {
      // the client timed out and closed the connection
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
