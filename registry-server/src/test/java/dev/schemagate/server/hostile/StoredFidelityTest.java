package dev.schemagate.server.hostile;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.HttpClientJson;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is stored is what was sent: unknown configuration fields are ignored rather than stored, and
 * a level or a mode is only ever one of the names, exactly (in any case).
 */
class StoredFidelityTest extends ServerTest {

  @Test
  void an_unknown_configuration_field_is_ignored_neither_stored_nor_answered() {
    Answer put = client.put("/config/orders", json("{\"compatibility\":\"FULL\",\"evil\":{\"a\":1},\"normalize\":true}"));

    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json()).isEqualTo(json("{\"compatibility\":\"FULL\",\"normalize\":true}"));
    assertThat(client.get("/config/orders").json()).isEqualTo(json("{\"compatibilityLevel\":\"FULL\",\"normalize\":true}"));
    assertThat(client.put("/config", json("{\"unknown\":1}")).json()).isEqualTo(json("{}"));
    assertThat(client.get("/config").json()).isEqualTo(json("{\"compatibilityLevel\":\"BACKWARD\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"FULL\u0000", " FULL", "FULL ", "FULL\t", "FU LL"})
  void a_level_that_is_not_exactly_a_name_is_42203(String level) {
    Answer answer = client.put("/config/orders", HttpClientForTests.MAPPER.createObjectNode().put("compatibility", level));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42203);
    assertThat(answer.json().get("message").asText()).startsWith("Invalid compatibility level ");
    assertThat(client.get("/config/orders").status()).isEqualTo(404);
  }

  @Test
  void a_level_in_lower_case_is_still_read() {
    assertThat(client.put("/config/orders", json("{\"compatibility\":\"full_transitive\"}")).json())
        .isEqualTo(json("{\"compatibility\":\"FULL_TRANSITIVE\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"READONLY\u0000", " READONLY", "READONLY\n"})
  void a_mode_that_is_not_exactly_a_name_is_42204(String mode) {
    Answer answer = client.put("/mode/orders", HttpClientForTests.MAPPER.createObjectNode().put("mode", mode));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json()).isEqualTo(HttpClientJson.error(42204, "Invalid mode '" + mode
        + "'. Valid values are READWRITE, READONLY, READONLY_OVERRIDE and IMPORT."));
    assertThat(client.get("/mode/orders").status()).isEqualTo(404);
  }
}
