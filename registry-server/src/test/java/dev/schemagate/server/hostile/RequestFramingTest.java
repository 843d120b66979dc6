package dev.schemagate.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientJson;
import dev.schemagate.server.testing.RawHttp;
import dev.schemagate.server.testing.ServerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Bodies that cannot be read as sent (an unknown charset, a body shorter than its length, broken
 * chunks, bytes that are not UTF-8, half a surrogate pair) are refused with 400 or 415 in
 * Confluent's shape, and nothing is stored from them.
 */
class RequestFramingTest extends ServerTest {
  private static final String BODY = "{\"schema\":\"\\\"string\\\"\"}";

  private RawHttp.Answer post(String contentType, byte[] body) {
    return RawHttp.send(server.port(), RawHttp.request("POST", "/subjects/x/versions", contentType, body), false, 10_000);
  }

  private void assertNothingStored() {
    assertThat(client.get("/subjects").json()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"charset=bogus-charset", "charset=", "charset=x y"})
  void a_charset_that_is_not_one_is_415_naming_it(String parameter) {
    RawHttp.Answer answer = post("application/json; " + parameter, BODY.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.isConfluentError()).as(answer.body()).isTrue();
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(415);
    String named = parameter.substring("charset=".length());
    assertThat(answer.json().get("message").asText()).isEqualTo("The Content-Type names the charset \"" + named
        + "\", which this server does not know; send the body as UTF-8 (charset=utf-8).");
    assertNothingStored();
  }

  @Test
  void the_charsets_clients_send_are_read() {
    assertThat(post("application/json; charset=utf-8", BODY.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
    assertThat(post("application/json;charset=\"UTF-8\"", BODY.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
  }

  @Test
  void a_body_shorter_than_its_length_then_a_half_close_is_400() {
    String request = "POST /subjects/x/versions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n" + BODY;

    RawHttp.Answer answer = RawHttp.send(server.port(), request, true);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isConfluentError()).as(answer.body()).isTrue();
    assertThat(answer.json()).isEqualTo(HttpClientJson.error(400, "The request body could not be read: it ended before its"
        + " declared length or its chunked framing is broken; send the whole body."));
    assertNothingStored();
  }

  @ParameterizedTest(name = "chunk size {0}")
  @ValueSource(strings = {"zz", "fffffffffffffffff"})
  void a_broken_chunk_size_is_400(String size) {
    String request = "POST /subjects/x/versions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n" + size + "\r\n" + BODY + "\r\n0\r\n\r\n";

    RawHttp.Answer answer = RawHttp.send(server.port(), request, true);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.isConfluentError()).as(answer.body()).isTrue();
    assertNothingStored();
  }

  @Test
  void bytes_that_are_not_utf_8_are_400_naming_the_offset_and_nothing_is_stored() {
    byte[] body = "{\"schema\":\"{\\\"type\\\":\\\"enum\\\",\\\"name\\\":\\\"E\\\",\\\"symbols\\\":[\\\"A\\\"],\\\"doc\\\":\\\"X\\\"}\"}"
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(body, StandardCharsets.UTF_8).indexOf('X');
    body[at] = (byte) 0xff;

    RawHttp.Answer answer = post("application/json", body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json()).isEqualTo(HttpClientJson.error(400, "The request body is not valid UTF-8: the bytes at offset "
        + at + " are not a character; send the body as UTF-8."));
    assertNothingStored();
  }

  /** In a body of plain ASCII, and in one that is not (read through the decoder). */
  @ParameterizedTest(name = "after \"{0}\"")
  @CsvSource({"ab, ud800, 51", "\u00e9, udc00, 50"})
  void half_a_surrogate_pair_is_400_naming_where_it_is_and_nothing_is_stored(String before, String half, int position) {
    String body = "{\"schema\":\"{\\\"type\\\":\\\"enum\\\",\\\"name\\\":\\\"E\\\",\\\"symbols\\\":[\\\"A\\\"],"
        + "\\\"doc\\\":\\\"" + before + "\\" + half + "\\\"}\"}";

    RawHttp.Answer answer = post("application/json", body.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json()).isEqualTo(HttpClientJson.error(400, "The request body holds half a character at /schema:"
        + " the escape \\" + half + " at position " + position + " is one half of a UTF-16 surrogate pair without the other;"
        + " send whole characters."));
    assertNothingStored();
  }

  @Test
  void a_nul_byte_in_a_body_is_400_not_valid_json() {
    for (String body : new String[] {"\u0000\u0000\u0000" + BODY, BODY.replace("string", "str\u0000ing")}) {
      RawHttp.Answer answer = post("application/json", body.getBytes(StandardCharsets.UTF_8));

      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.json().get("message").asText()).startsWith("The request body is not valid JSON at line 1, column ");
    }
    assertNothingStored();
  }

  @Test
  void a_whole_surrogate_pair_is_stored_exactly() {
    String schema = "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\"],\"doc\":\"\uD83D\uDE00\"}";

    assertThat(client.register("x", null, schema).status()).isEqualTo(200);

    assertThat(client.get("/subjects/x/versions/1/schema").text()).isEqualTo(schema);
    assertThat(client.get("/subjects/x/versions/1").json().get("schema").asText()).isEqualTo(schema);
  }
}
