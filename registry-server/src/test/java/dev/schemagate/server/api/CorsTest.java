package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Users;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --cors-origins}: preflight and actual requests from allowed origins get the headers, others none, and it is off by default. */
class CorsTest extends ServerTest {
  private static final String CONSOLE = "https://console.example.com";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Override
  protected void configure(ServerConfig config) {
    config.corsOrigins(List.of(CONSOLE, "http://localhost:3000"));
  }

  private static HttpResponse<String> send(String url, String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> preflight(String url, String origin) throws Exception {
    return send(url, "OPTIONS", "/subjects/orders-value/versions", "Origin", origin,
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, authorization");
  }

  @Test
  void a_preflight_from_an_allowed_origin_is_answered_with_the_methods_and_headers_it_asked_for() throws Exception {
    HttpResponse<String> answer = preflight(server.url(), CONSOLE);

    assertThat(answer.statusCode()).isEqualTo(204);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CONSOLE);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, PUT, DELETE, OPTIONS");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type, authorization");
    assertThat(answer.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    assertThat(answer.headers().firstValue("Vary")).hasValue("Origin");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void an_actual_request_from_an_allowed_origin_gets_its_origin_back_and_its_answer() throws Exception {
    client.register("orders-value", null, USER_V1);

    HttpResponse<String> answer = send(server.url(), "GET", "/subjects", "Origin", "http://localhost:3000");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json(answer.body())).isEqualTo(json("[\"orders-value\"]"));
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
    assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValue("WWW-Authenticate, Retry-After");
  }

  @Test
  void another_origin_gets_no_cors_headers_and_its_preflight_is_refused() throws Exception {
    HttpResponse<String> actual = send(server.url(), "GET", "/subjects", "Origin", "https://evil.example.net");
    HttpResponse<String> preflight = preflight(server.url(), "https://evil.example.net");

    assertThat(actual.statusCode()).isEqualTo(200);
    assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.statusCode()).isEqualTo(403);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(json(preflight.body())).isEqualTo(json("{\"error_code\":40301,\"message\":\"Origin https://evil.example.net may"
        + " not call this registry from a browser; the registry's --cors-origins lists the origins that may.\"}"));
  }

  @Test
  void without_the_option_no_request_gets_cors_headers() throws Exception {
    try (RegistryServer plain = RegistryServer.create(config ->
        onTestStore(config.host("127.0.0.1").port(0).database(dataDir.resolve("plain.db")), getClass())).start()) {
      HttpResponse<String> actual = send(plain.url(), "GET", "/subjects", "Origin", CONSOLE);
      HttpResponse<String> preflight = preflight(plain.url(), CONSOLE);

      assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(preflight.statusCode()).isNotEqualTo(204);
    }
  }

  @Test
  void with_authentication_the_preflight_needs_no_credentials_and_the_answers_allow_them() throws Exception {
    var users = AuthFixtures.writeUsers(dataDir.resolve("users.json"),
        List.of(new TestUser("ada", "ada-pass-3", "admin", List.of("*"), List.of())));
    try (RegistryServer secured = RegistryServer.create(config -> sameStore(config.host("127.0.0.1").port(0)
        .corsOrigins(List.of("*")).auth(new AuthConfig(Users.load(users), null, false)))).start()) {
      HttpResponse<String> preflight = preflight(secured.url(), CONSOLE);
      HttpResponse<String> anonymous = send(secured.url(), "GET", "/subjects", "Origin", CONSOLE);
      HttpResponse<String> signedIn = send(secured.url(), "GET", "/subjects", "Origin", CONSOLE,
          "Authorization", HttpClientForTests.basic("ada", "ada-pass-3"));

      assertThat(preflight.statusCode()).isEqualTo(204);
      // a browser sending credentials accepts its own origin back, never *
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CONSOLE);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("Access-Control-Allow-Origin")).as("the page may read the 401").hasValue(CONSOLE);
      assertThat(signedIn.statusCode()).isEqualTo(200);
      assertThat(signedIn.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CONSOLE);
    }
  }

  @Test
  void an_origin_with_a_path_or_without_a_scheme_is_refused_when_configured() {
    for (String wrong : List.of("https://console.example.com/app", "console.example.com", "ftp://files.example.com")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.config().corsOrigins(List.of(wrong)))
          .as(wrong).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + wrong + "' is not an origin");
    }
  }
}
