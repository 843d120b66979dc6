package dev.schemagate.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.HttpClientJson;
import dev.schemagate.server.testing.RawHttp;
import dev.schemagate.server.testing.ServerTest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bytes of request bodies read at once are bounded: while slow clients hold the allowance, a
 * further large body gets 429 in Confluent's shape (and may retry), small requests without a body
 * are served, and the allowance comes back when a request ends.
 */
class InFlightBodiesTest extends ServerTest {
  private static final int BODY = 40 * 1024;

  @Override
  protected void configure(ServerConfig config) {
    config.maxRequestBytes(64 * 1024).maxInFlightBodyBytes(64 * 1024);
  }

  private byte[] body() {
    String schema = "{\"type\":\"record\",\"name\":\"R\",\"doc\":\"" + "x".repeat(BODY - 100) + "\",\"fields\":[]}";
    return dev.schemagate.server.testing.HttpClientForTests.schemaBody(null, schema).toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_body_past_the_in_flight_limit_is_429_until_the_slow_one_ends() throws Exception {
    byte[] body = body();
    byte[] request = RawHttp.request("POST", "/subjects/slow/versions", "application/json", body);
    try (Socket slow = new Socket("127.0.0.1", server.port())) {
      OutputStream out = slow.getOutputStream();
      out.write(request, 0, request.length - 10); // holds its 40 KB of the 64 KB allowance
      out.flush();
      Thread.sleep(300);

      RawHttp.Answer refused = RawHttp.send(server.port(),
          RawHttp.request("POST", "/subjects/other/versions", "application/json", body), false, 10_000);

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.json()).isEqualTo(HttpClientJson.error(429, "The server is already reading as many request bodies"
          + " as it allows at once (64 KB in all); retry in a moment."));
      assertThat(refused.headers()).contains("Retry-After: 1");
      assertThat(client.get("/subjects").status()).as("a request without a body is served").isEqualTo(200);

      out.write(request, request.length - 10, 10);
      out.flush();
      String answer = new String(slow.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
      assertThat(answer).isEqualTo("HTTP/1.1 200");
    }
    Thread.sleep(100);
    assertThat(RawHttp.send(server.port(), RawHttp.request("POST", "/subjects/other/versions", "application/json", body),
        false, 10_000).status()).isEqualTo(200);
  }
}
