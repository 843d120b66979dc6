package dev.schemagate.server.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for driving the real server in tests; bodies are built with Jackson. */
public final class HttpClientForTests {
  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

  private final String base;
  private final HttpClient http;
  private final String authorization;

  public HttpClientForTests(String base) {
    this(base, null, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
  }

  private HttpClientForTests(String base, String authorization, HttpClient http) {
    this.base = base;
    this.authorization = authorization;
    this.http = http;
  }

  /** The same client sending this Authorization header with every request (null for none). */
  public HttpClientForTests as(String authorization) {
    return new HttpClientForTests(base, authorization, http);
  }

  /** A client that trusts the certificates of this SSL context. */
  public static HttpClientForTests trusting(String base, javax.net.ssl.SSLContext ssl) {
    return new HttpClientForTests(base, null, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).sslContext(ssl).build());
  }

  /** {@code Basic base64(user:password)}. */
  public static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** One answer: status, body text, the body as JSON (null when it is not JSON) and the content type. */
  public record Answer(int status, String text, JsonNode json, String contentType, java.net.http.HttpHeaders headers) {
    public Answer(int status, String text, JsonNode json, String contentType) {
      this(status, text, json, contentType, null);
    }
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), null);
  }

  public Answer delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE(), null);
  }

  public Answer post(String path, JsonNode body) {
    return sendText("POST", path, write(body), CONTENT_TYPE);
  }

  public Answer put(String path, JsonNode body) {
    return sendText("PUT", path, write(body), CONTENT_TYPE);
  }

  /** Sends a body as given, with the given content type (null for none). */
  public Answer sendText(String method, String path, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request, null);
  }

  /** Sends a body without a length (chunked), the way a client streaming its request does. */
  public Answer sendStream(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
        .header("Content-Type", contentType);
    return send(request, null);
  }

  private Answer send(HttpRequest.Builder request, Void unused) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      HttpResponse<String> response =
          http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body(),
          parse(response.body()),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  /** Registers a schema and answers the response; {@code type} null sends no schemaType. */
  public Answer register(String subject, String type, String schema) {
    return post("/subjects/" + subject + "/versions", schemaBody(type, schema));
  }

  public static ObjectNode schemaBody(String type, String schema) {
    ObjectNode body = MAPPER.createObjectNode().put("schema", schema);
    if (type != null) {
      body.put("schemaType", type);
    }
    return body;
  }

  /** Parses a JSON literal written in a test. */
  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return text.isEmpty() ? null : MAPPER.readTree(text);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  private static String write(JsonNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
