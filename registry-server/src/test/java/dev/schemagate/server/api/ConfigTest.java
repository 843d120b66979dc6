package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ConfigTest extends ServerTest {

  @Test
  void the_global_level_is_the_configured_default_until_changed() {
    assertThat(client.get("/config").json()).isEqualTo(json("{\"compatibilityLevel\":\"BACKWARD\"}"));

    Answer put = client.put("/config", json("{\"compatibility\":\"FULL\"}"));

    assertThat(put.json()).isEqualTo(json("{\"compatibility\":\"FULL\"}"));
    assertThat(client.get("/config").json()).isEqualTo(json("{\"compatibilityLevel\":\"FULL\"}"));
  }

  @Test
  void a_subject_level_can_be_set_before_the_subject_has_versions() {
    Answer put = client.put("/config/new-value", json("{\"compatibility\":\"forward_transitive\"}"));

    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json()).isEqualTo(json("{\"compatibility\":\"FORWARD_TRANSITIVE\"}"));
    assertThat(client.get("/config/new-value").json()).isEqualTo(json("{\"compatibilityLevel\":\"FORWARD_TRANSITIVE\"}"));
  }

  @Test
  void a_subject_without_its_own_level_is_40408_unless_default_to_global() {
    assertThat(client.get("/config/plain-value").json()).isEqualTo(json(
        "{\"error_code\":40408,\"message\":\"Subject 'plain-value' does not have subject-level compatibility configured\"}"));
    assertThat(client.get("/config/plain-value?defaultToGlobal=true").json())
        .isEqualTo(json("{\"compatibilityLevel\":\"BACKWARD\"}"));
  }

  @Test
  void an_unknown_level_is_42203() {
    Answer put = client.put("/config", json("{\"compatibility\":\"SIDEWAYS\"}"));

    assertThat(put.status()).isEqualTo(422);
    assertThat(put.json().get("error_code").asInt()).isEqualTo(42203);
    assertThat(client.get("/config").json()).isEqualTo(json("{\"compatibilityLevel\":\"BACKWARD\"}"));
  }

  @Test
  void an_update_changes_only_the_fields_it_names() {
    client.put("/config/orders-value", json("{\"compatibility\":\"FULL\",\"normalize\":true,\"alias\":\"x\"}"));

    Answer put = client.put("/config/orders-value", json("{\"compatibilityPolicy\":\"lenient\",\"alias\":null}"));

    assertThat(put.json()).isEqualTo(json("{\"compatibility\":\"FULL\",\"normalize\":true,\"compatibilityPolicy\":\"LENIENT\"}"));
    assertThat(client.get("/config/orders-value").json())
        .isEqualTo(json("{\"compatibilityLevel\":\"FULL\",\"normalize\":true,\"compatibilityPolicy\":\"LENIENT\"}"));
  }

  @Test
  void an_unknown_policy_is_42203() {
    assertThat(client.put("/config", json("{\"compatibilityPolicy\":\"LOOSE\"}")).json()).isEqualTo(json(
        "{\"error_code\":42203,\"message\":\"Invalid compatibility policy \\\"LOOSE\\\". Valid values are strict and lenient.\"}"));
  }

  @Test
  void deleting_a_configuration_answers_it_and_falls_back() {
    client.put("/config", json("{\"compatibility\":\"FULL\"}"));
    client.put("/config/orders-value", json("{\"compatibility\":\"NONE\"}"));

    assertThat(client.delete("/config/orders-value").json()).isEqualTo(json("{\"compatibilityLevel\":\"NONE\"}"));
    assertThat(client.get("/config/orders-value?defaultToGlobal=true").json()).isEqualTo(json("{\"compatibilityLevel\":\"FULL\"}"));
    assertThat(client.delete("/config").json()).isEqualTo(json("{\"compatibilityLevel\":\"FULL\"}"));
    assertThat(client.get("/config").json()).isEqualTo(json("{\"compatibilityLevel\":\"BACKWARD\"}"));
  }

  @Test
  void deleting_a_configuration_nobody_set_is_40401_for_an_unknown_subject_and_40408_for_a_known_one() {
    assertThat(client.delete("/config/nobody").json().get("error_code").asInt()).isEqualTo(40401);
    client.register("orders-value", null, USER_V1);
    assertThat(client.delete("/config/orders-value").json().get("error_code").asInt()).isEqualTo(40408);
  }

  @Test
  void the_configured_default_level_applies_to_subjects_nobody_configured() {
    client.register("orders-value", null, USER_V1);

    assertThat(client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT).status()).isEqualTo(409);
    client.put("/config", json("{\"compatibility\":\"NONE\"}"));
    assertThat(client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT).status()).isEqualTo(200);
  }
}
