package dev.schemagate.server.hostile;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.LargeSchemas;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.HttpClientJson;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * A request whose check runs past the configured deadline is stopped and refused with 42209; nothing
 * is stored, and the thread goes on to answer the next request.
 */
class RequestDeadlineTest extends ServerTest {
  @Override
  protected void configure(ServerConfig config) {
    config.requestTimeoutMillis(1);
  }

  @Test
  void a_check_past_the_deadline_is_42209_and_nothing_is_stored() {
    String wide = LargeSchemas.jsonProperties(20_000);
    assertThat(client.register("wide", "JSON", wide).status()).as("no check, no deadline to meet").isEqualTo(200);
    String changed = wide.replace("{\"type\":\"string\"}", "{\"type\":\"integer\"}");

    Answer registration = client.register("wide", "JSON", changed);
    Answer check = client.post("/compatibility/subjects/wide/versions", HttpClientForTests.schemaBody("JSON", changed));

    String message = "The schema could not be checked within the request deadline of 1 ms, so the request was stopped"
        + " and nothing was changed; make the schema smaller or ask the operator to raise the deadline.";
    assertThat(registration.status()).isEqualTo(422);
    assertThat(registration.json()).isEqualTo(HttpClientJson.error(42209, message));
    assertThat(check.json()).isEqualTo(HttpClientJson.error(42209, message));
    assertThat(client.get("/subjects/wide/versions").json()).isEqualTo(json("[1]"));
    assertThat(client.register("small", null, "\"string\"").status()).isEqualTo(200);
  }
}
