package dev.schemagate.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Finds an OpenID provider's JWKS URL from its issuer, as every OIDC client does at start. */
final class OpenIdDiscovery {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private OpenIdDiscovery() {}

  /** The {@code jwks_uri} of {@code ISSUER/.well-known/openid-configuration}. */
  static String jwksUri(String issuer) {
    String url = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    HttpResponse<String> answer;
    JsonNode configuration;
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
      answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
      configuration = answer.statusCode() == 200 ? new ObjectMapper().readTree(answer.body()) : null;
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("The issuer's OpenID configuration " + url + " cannot be read (" + e.getMessage()
          + "); check --jwt-issuer, or give the keys with --jwks.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("Reading the issuer's OpenID configuration " + url + " was interrupted.");
    }
    if (configuration == null) {
      throw new IllegalArgumentException("The issuer's OpenID configuration " + url + " answered HTTP " + answer.statusCode()
          + "; check --jwt-issuer, or give the keys with --jwks.");
    }
    JsonNode uri = configuration.path("jwks_uri");
    if (!uri.isTextual()) {
      throw new IllegalArgumentException("The issuer's OpenID configuration " + url + " names no jwks_uri; give the keys with --jwks.");
    }
    return uri.asText();
  }
}
