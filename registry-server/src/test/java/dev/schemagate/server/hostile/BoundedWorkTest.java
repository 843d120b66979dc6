package dev.schemagate.server.hostile;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.LargeSchemas;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Schemas within the request size limit that once cost seconds of CPU each: a huge Avro union or
 * enum is answered at once with CHECK_LIMIT_REACHED naming the limit, the same huge schema is
 * compatible with itself, and a long JSON Schema {@code $ref} chain registers and checks.
 * (How fast is measured in WorkBoundBenchmark; the timeout only keeps a regression from hanging the build.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BoundedWorkTest extends ServerTest {

  @Test
  void a_union_of_2000_records_after_one_of_1999_is_409_with_the_limit_rule() {
    assertThat(client.register("events", null, LargeSchemas.avroUnion(1_999)).status()).isEqualTo(200);

    Answer answer = client.register("events", null, LargeSchemas.avroUnion(2_000));

    assertThat(answer.status()).isEqualTo(409);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(409);
    assertThat(answer.json().get("incompatibilities")).singleElement().satisfies(found -> {
      assertThat(found.get("rule").asText()).isEqualTo("CHECK_LIMIT_REACHED");
      assertThat(found.get("message").asText()).isEqualTo("The schemas are too large to compare within SchemaGate's"
          + " limits: the largest union of the new schema has 2,000 branches and that of version 1 has 1,999, more than"
          + " the 40,000 pairs of branches the check compares, so compatibility could not be proved and counts as a"
          + " break; split the union into smaller ones.");
    });
    assertThat(client.get("/subjects/events/versions").json()).isEqualTo(json("[1]"));
  }

  @Test
  void the_same_union_of_2000_records_registered_again_answers_its_version() {
    String union = LargeSchemas.avroUnion(2_000);
    client.put("/config/events", json("{\"compatibility\":\"FULL_TRANSITIVE\"}"));
    client.register("events", null, union);

    Answer again = client.post("/compatibility/subjects/events/versions", HttpClientForTests.schemaBody(null, union));

    assertThat(again.json()).isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void an_enum_of_100000_symbols_against_one_of_99999_is_incompatible_naming_the_limit() {
    client.put("/config/codes", json("{\"compatibility\":\"FULL\"}"));
    client.register("codes", null, LargeSchemas.avroEnum(99_999));

    Answer answer = client.post("/compatibility/subjects/codes/versions?verbose=true",
        HttpClientForTests.schemaBody(null, LargeSchemas.avroEnum(100_000)));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("is_compatible").asBoolean()).isFalse();
    assertThat(answer.json().get("messages").get(0).asText()).contains("the largest enum of the new schema has 100,000"
        + " symbols and that of version 1 has 99,999, more than the 25,000,000 pairs of symbols the check compares");
  }

  @Test
  void a_json_schema_ref_chain_of_4000_links_registers_and_checks() {
    String chain = LargeSchemas.jsonRefChain(4_000);

    assertThat(client.register("chain", "JSON", chain).status()).isEqualTo(200);
    assertThat(client.post("/compatibility/subjects/chain/versions", HttpClientForTests.schemaBody("JSON", chain)).json())
        .isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void a_json_schema_ref_chain_of_20000_links_is_read_on_a_deep_stack() {
    assertThat(client.register("long-chain", "JSON", LargeSchemas.jsonRefChain(20_000)).status()).isEqualTo(200);
  }

  @Test
  void a_json_schema_of_50000_properties_registers_and_checks() {
    String properties = LargeSchemas.jsonProperties(50_000);

    assertThat(client.register("wide", "JSON", properties).status()).isEqualTo(200);
    assertThat(client.post("/compatibility/subjects/wide/versions", HttpClientForTests.schemaBody("JSON", properties)).json())
        .isEqualTo(json("{\"is_compatible\":true}"));
  }
}
