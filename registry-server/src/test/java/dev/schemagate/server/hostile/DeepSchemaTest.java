package dev.schemagate.server.hostile;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.RawHttp;
import dev.schemagate.server.testing.ServerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deeply nested schemas get one clear answer with one body: read and checked when the walk can
 * take them, else 42201 naming the limit, never a stack overflow or two JSON objects run together.
 */
class DeepSchemaTest extends ServerTest {
  private static String nots(int depth, String innermost) {
    return "{\"not\":".repeat(depth) + "{\"type\":\"" + innermost + "\"}" + "}".repeat(depth);
  }

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {450, 499})
  void a_json_schema_of_nots_nested_hundreds_deep_registers_and_checks_with_one_body(int depth) {
    client.put("/config/deep", json("{\"compatibility\":\"FULL_TRANSITIVE\"}"));
    assertThat(client.register("deep", "JSON", nots(depth, "string")).status()).isEqualTo(200);
    byte[] body = HttpClientForTests.schemaBody("JSON", nots(depth, "integer")).toString().getBytes(StandardCharsets.UTF_8);

    RawHttp.Answer check = RawHttp.send(server.port(),
        RawHttp.request("POST", "/compatibility/subjects/deep/versions?verbose=true", "application/json", body), false, 30_000);

    assertThat(check.status()).isEqualTo(200);
    assertThat(check.json()).as("exactly one JSON body").isNotNull();
    assertThat(check.json().get("is_compatible").asBoolean()).isFalse();
  }

  @Test
  void a_json_schema_nested_past_500_levels_is_42201_naming_the_limit() {
    var answer = client.register("deep", "JSON", nots(600, "string"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42201);
    assertThat(answer.json().get("message").asText())
        .isEqualTo("Invalid JSON schema: #: The schema is nested more than 500 levels deep; flatten it or use named types"
            + " and references.");
  }
}
