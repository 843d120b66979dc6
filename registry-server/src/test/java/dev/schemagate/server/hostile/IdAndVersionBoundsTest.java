package dev.schemagate.server.hostile;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.HttpClientJson;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids and versions are positive 32-bit numbers, as in Confluent: an import at the very top is kept,
 * and what would come after it is refused (42205) rather than wrapped to a negative number, reused
 * or written over a version already answered.
 */
class IdAndVersionBoundsTest extends ServerTest {
  private static final String INT_MAX = "2147483647";

  private static ObjectNode imported(String schema, long id, long version) {
    return HttpClientForTests.schemaBody(null, schema).put("id", id).put("version", version);
  }

  private static String record(String name) {
    return "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[]}";
  }

  @Test
  void after_an_import_of_id_2147483647_a_new_schema_is_42205_and_every_stored_id_stays() {
    client.put("/mode", json("{\"mode\":\"IMPORT\"}"));
    assertThat(client.post("/subjects/a/versions", imported(record("A"), 101, 1)).status()).isEqualTo(200);
    assertThat(client.post("/subjects/top/versions", imported(record("Top"), Integer.MAX_VALUE, 1)).json().get("id").asInt())
        .isEqualTo(Integer.MAX_VALUE);
    client.put("/mode", json("{\"mode\":\"READWRITE\"}"));

    Answer next = client.register("b", null, record("B"));

    assertThat(next.status()).isEqualTo(422);
    assertThat(next.json()).isEqualTo(HttpClientJson.error(42205, "Every schema id up to " + INT_MAX
        + " has been handed out, so no new schema can be registered; ids are never reused."));
    assertThat(client.get("/schemas/ids/101/versions").json()).isEqualTo(json("[{\"subject\":\"a\",\"version\":1}]"));
    assertThat(client.get("/schemas/ids/" + INT_MAX + "/versions").json()).isEqualTo(json("[{\"subject\":\"top\",\"version\":1}]"));
    assertThat(client.register("c", null, record("A")).json().get("id").asInt()).as("known content keeps its id").isEqualTo(101);
  }

  @Test
  void after_an_import_of_version_2147483647_the_next_version_is_42205_and_nothing_is_overwritten() {
    client.put("/mode", json("{\"mode\":\"IMPORT\"}"));
    client.post("/subjects/s/versions", imported(record("A"), 101, Integer.MAX_VALUE));
    client.put("/mode", json("{\"mode\":\"READWRITE\"}"));
    client.put("/config/s", json("{\"compatibility\":\"NONE\"}"));

    Answer first = client.register("s", null, record("B"));
    Answer second = client.register("s", null, record("C"));

    for (Answer answer : new Answer[] {first, second}) {
      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json()).isEqualTo(HttpClientJson.error(42205, "Subject 's' already has version " + INT_MAX
          + ", the highest a version can be, so it takes no new version; register under another subject."));
    }
    assertThat(client.get("/subjects/s/versions").json()).isEqualTo(json("[" + INT_MAX + "]"));
    assertThat(client.get("/schemas/ids/101/versions").json()).isEqualTo(json("[{\"subject\":\"s\",\"version\":" + INT_MAX + "}]"));
  }

  @ParameterizedTest(name = "id {0}")
  @ValueSource(longs = {0, -2, -2147483648L})
  void an_id_below_1_other_than_minus_1_is_refused(long id) {
    client.put("/mode", json("{\"mode\":\"IMPORT\"}"));

    Answer answer = client.post("/subjects/s/versions", imported(record("A"), id, 1));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json()).isEqualTo(HttpClientJson.error(422,
        "\"id\" must be a schema id from 1 to 2147483647 (or -1 for none), not " + id + "."));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2147483648", "-2147483649", "1e3", "9999999999999999999999"})
  void an_id_or_version_past_32_bits_is_refused(String number) {
    Answer id = client.sendText("POST", "/subjects/s/versions", "{\"schema\":\"\\\"int\\\"\",\"id\":" + number + "}",
        "application/json");
    Answer version = client.sendText("POST", "/subjects/s/versions", "{\"schema\":\"\\\"int\\\"\",\"version\":" + number + "}",
        "application/json");

    assertThat(id.status()).isEqualTo(422);
    assertThat(id.json().get("error_code").asInt()).isEqualTo(422);
    assertThat(id.json().get("message").asText()).startsWith("\"id\" must be a whole number, not ");
    assertThat(version.status()).isEqualTo(422);
    assertThat(version.json().get("message").asText()).startsWith("\"version\" must be a whole number, not ");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2147483648", "0", "-2", "-2147483648", "1.0"})
  void a_path_version_outside_1_to_2147483647_is_42202(String version) {
    client.register("s", null, record("A"));

    Answer answer = client.get("/subjects/s/versions/" + version);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42202);
  }
}
