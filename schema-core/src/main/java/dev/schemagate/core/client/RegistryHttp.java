package dev.schemagate.core.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Sends one request to the registry and turns every failure into a {@link RegistryClientException}
 * whose message names what was attempted and the URL. The authorization header is the only place
 * credentials live; no message, log or {@code toString} includes it.
 */
final class RegistryHttp {
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  static final String ACCEPT =
      "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; q=0.9, application/json; q=0.5";
  private static final int EXCERPT = 200;

  private final String baseUrl;
  private final String authorization;
  private final Duration requestTimeout;
  private final HttpClient http;

  /** @param ssl the certificates to trust instead of the Java defaults, or null */
  RegistryHttp(String baseUrl, String authorization, Duration connectTimeout, Duration requestTimeout, javax.net.ssl.SSLContext ssl) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
    this.requestTimeout = requestTimeout;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
    if (ssl != null) {
      builder.sslContext(ssl);
    }
    this.http = builder.build();
  }

  String baseUrl() {
    return baseUrl;
  }

  /**
   * Sends the request and answers the parsed JSON body.
   *
   * @param action what is attempted, completing "Could not ...", e.g. {@code list subjects}
   * @param path the path and query below the base URL, already encoded
   * @param body the JSON body, or null for none
   */
  Answer send(String method, String path, JsonNode body, String action) {
    String url = baseUrl + path;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout).header("Accept", ACCEPT);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", CONTENT_TYPE);
      request.method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw unreachable(action, url, "did not accept a connection in time", e);
    } catch (HttpTimeoutException e) {
      throw unreachable(action, url, "did not answer within " + describe(requestTimeout), e);
    } catch (ConnectException e) {
      throw unreachable(action, url, unresolved(e) ? "cannot be reached (its host name does not resolve)" : "cannot be reached (connection refused)", e);
    } catch (SSLException e) {
      throw unreachable(action, url, "did not complete a TLS handshake (it may not speak https, or this Java does not trust its certificate)", e);
    } catch (IOException e) {
      throw unreachable(action, url, "cannot be reached (" + e.getClass().getSimpleName() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable(action, url, "was not waited for: the thread was interrupted", e);
    }
    return answer(response, action, url);
  }

  private static Answer answer(HttpResponse<String> response, String action, String url) {
    int status = response.statusCode();
    String text = response.body() == null ? "" : response.body();
    JsonNode json = parseOrNull(text);
    if (status >= 200 && status < 300) {
      if (json == null) {
        throw new RegistryClientException(
            "Could not " + action + ": the registry at " + url + " answered HTTP " + status
                + " with a body that is not JSON (\"" + excerpt(text) + "\"); check that the URL points at a schema registry.",
            status, 0, excerpt(text), url, null);
      }
      return new Answer(json, status, action, url);
    }
    int errorCode = json != null && json.path("error_code").canConvertToInt() ? json.path("error_code").asInt() : 0;
    String registryMessage =
        json != null && json.path("message").isTextual() ? json.path("message").asText() : excerpt(text);
    StringBuilder message =
        new StringBuilder("Could not ").append(action).append(": the registry at ").append(url)
            .append(" answered HTTP ").append(status);
    if (errorCode != 0) {
      message.append(", error code ").append(errorCode);
    }
    if (!registryMessage.isEmpty()) {
      message.append(": ").append(registryMessage.trim());
    }
    if (status == 401 || status == 403) {
      message.append(endWithPeriod(message) ? " " : ". ").append("Check the credentials given for this registry.");
    } else if (!endWithPeriod(message)) {
      message.append('.');
    }
    throw new RegistryClientException(message.toString(), status, errorCode, registryMessage, url, null);
  }

  /** The host name of the URL has no address; the client reports it as a failed connection. */
  private static boolean unresolved(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  private static boolean endWithPeriod(CharSequence text) {
    return text.length() > 0 && text.charAt(text.length() - 1) == '.';
  }

  private static RegistryClientException unreachable(String action, String url, String what, Exception cause) {
    return new RegistryClientException(
        "Could not " + action + ": the registry at " + url + " " + what
            + "; check the registry URL and that the registry is running.",
        0, 0, "", url, cause);
  }

  private static JsonNode parseOrNull(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  private static String excerpt(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "...";
  }

  static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 == 0) {
      long seconds = millis / 1000;
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    return millis + " ms";
  }
}
