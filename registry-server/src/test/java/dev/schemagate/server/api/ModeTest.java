package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ModeTest extends ServerTest {

  @Test
  void the_global_mode_is_readwrite_until_changed() {
    assertThat(client.get("/mode").json()).isEqualTo(json("{\"mode\":\"READWRITE\"}"));

    assertThat(client.put("/mode", json("{\"mode\":\"READONLY\"}")).json()).isEqualTo(json("{\"mode\":\"READONLY\"}"));
    assertThat(client.get("/mode").json()).isEqualTo(json("{\"mode\":\"READONLY\"}"));
    assertThat(client.delete("/mode").json()).isEqualTo(json("{\"mode\":\"READONLY\"}"));
    assertThat(client.get("/mode").json()).isEqualTo(json("{\"mode\":\"READWRITE\"}"));
  }

  @Test
  void readonly_refuses_registrations_deletions_and_configuration_with_42205() {
    client.register("orders-value", null, USER_V1);
    client.put("/mode/orders-value", json("{\"mode\":\"READONLY\"}"));

    Answer refused = client.register("orders-value", null, USER_V2_WITH_DEFAULT);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":42205,
         "message":"Subject 'orders-value' is in READONLY mode; writes are refused until the mode is READWRITE again."}"""));
    assertThat(client.delete("/subjects/orders-value").json().get("error_code").asInt()).isEqualTo(42205);
    assertThat(client.put("/config/orders-value", json("{\"compatibility\":\"NONE\"}")).json().get("error_code").asInt())
        .isEqualTo(42205);
    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[1]"));
    assertThat(client.register("other-value", null, USER_V1).status()).as("other subjects stay writable").isEqualTo(200);
  }

  @Test
  void a_subject_mode_is_40409_unless_default_to_global() {
    assertThat(client.get("/mode/orders-value").json()).isEqualTo(json(
        "{\"error_code\":40409,\"message\":\"Subject 'orders-value' does not have subject-level mode configured\"}"));
    assertThat(client.get("/mode/orders-value?defaultToGlobal=true").json()).isEqualTo(json("{\"mode\":\"READWRITE\"}"));
    assertThat(client.delete("/mode/orders-value").json().get("error_code").asInt()).isEqualTo(40401);
  }

  @Test
  void an_unknown_mode_is_42204() {
    Answer answer = client.put("/mode", json("{\"mode\":\"SOMETIMES\"}"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42204);
    assertThat(client.put("/mode", json("{\"mode\":7}")).json().get("error_code").asInt()).isEqualTo(42204);
  }

  @Test
  void import_needs_an_empty_registry_unless_forced() {
    client.register("orders-value", null, USER_V1);

    assertThat(client.put("/mode", json("{\"mode\":\"IMPORT\"}")).json().get("error_code").asInt()).isEqualTo(42205);
    assertThat(client.put("/mode?force=true", json("{\"mode\":\"IMPORT\"}")).json()).isEqualTo(json("{\"mode\":\"IMPORT\"}"));
  }

  @Test
  void import_keeps_the_given_id_and_version_and_later_ids_continue_after_them() {
    client.put("/mode", json("{\"mode\":\"IMPORT\"}"));

    Answer imported = client.post("/subjects/orders-value/versions",
        json("{\"schema\":\"\\\"string\\\"\",\"id\":500,\"version\":3}"));
    assertThat(imported.json().get("id").asInt()).isEqualTo(500);
    assertThat(imported.json().get("version").asInt()).isEqualTo(3);
    assertThat(client.register("orders-value", null, "\"int\"").json().get("error_code").asInt())
        .as("an import names its id").isEqualTo(42205);
    assertThat(client.post("/subjects/other-value/versions", json("{\"schema\":\"\\\"int\\\"\",\"id\":500}"))
        .json().get("error_code").asInt()).as("an id names one schema").isEqualTo(42205);

    assertThat(client.post("/subjects/copy-value/versions", json("{\"schema\":\"\\\"string\\\"\",\"id\":600}")).json())
        .as("a schema keeps the id it has").isEqualTo(json("""
            {"error_code":42207,"message":"The schema is already registered with id 500, not 600; import it with id 500."}"""));

    client.put("/mode", json("{\"mode\":\"READWRITE\"}"));
    assertThat(client.register("next-value", null, "\"long\"").json().get("id").asInt()).isEqualTo(501);
    assertThat(client.post("/subjects/x-value/versions", json("{\"schema\":\"\\\"long\\\"\",\"id\":9}"))
        .json().get("error_code").asInt()).as("ids are given only when importing").isEqualTo(42205);
  }
}
