package dev.schemagate.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.RawHttp;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the web server refuses before a route sees it (bad UTF-8 in a path with any method, an
 * asterisk target, CONNECT, an HTTP/2 preface on the HTTP/1 port) still answers Confluent's
 * {@code {"error_code", "message"}}, never an empty body.
 */
class ErrorBodiesTest extends ServerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PUT /config/%ff HTTP/1.1|400",
      "DELETE /config/%ff HTTP/1.1|400",
      "BREW /config/%ff HTTP/1.1|400",
      "GET /subjects/%ff/versions HTTP/1.1|400",
      "OPTIONS * HTTP/1.1|404",
      "CONNECT localhost:443 HTTP/1.1|400"})
  void a_request_refused_before_any_route_has_a_json_error_body(String requestLine, int status) {
    String body = requestLine.startsWith("PUT") ? "{\"compatibility\":\"FULL\"}" : "";
    RawHttp.Answer answer = RawHttp.send(server.port(), requestLine + "\r\nHost: localhost\r\nConnection: close\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body, false);

    assertThat(answer.status()).as(answer.headers()).isEqualTo(status);
    assertThat(answer.isConfluentError()).as(answer.headers() + "\n" + answer.body()).isTrue();
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(status);
    assertThat(answer.json().get("message").asText()).startsWith("HTTP " + status + " ");
    assertThat(answer.headers()).containsIgnoringCase("Content-Type: application/vnd.schemaregistry.v1+json");
  }

  static Stream<Arguments> other_protocols() {
    return Stream.of(
        Arguments.of("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426),
        Arguments.of("GET / HTTP/2.0\r\nHost: localhost\r\n\r\n", 426),
        Arguments.of("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n", 400));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("other_protocols")
  void an_http_2_preface_or_a_tls_hello_on_the_plain_port_is_a_json_4xx(String request, int status) {
    RawHttp.Answer answer = RawHttp.send(server.port(), request, false);

    assertThat(answer.status()).as(answer.headers() + answer.body()).isEqualTo(status);
    assertThat(answer.isConfluentError()).as(answer.headers() + "\n" + answer.body()).isTrue();
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(status);
  }
}
