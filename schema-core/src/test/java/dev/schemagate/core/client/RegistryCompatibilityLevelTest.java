package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import org.junit.jupiter.api.Test;

class RegistryCompatibilityLevelTest extends AgainstFakeRegistry {
  @Test
  void the_level_of_a_subject_falls_back_to_the_global_one() {
    registry.answer("GET", "/config/OrderPlaced?defaultToGlobal=true", 200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");

    assertThat(client.compatibility("OrderPlaced")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
  }

  @Test
  void a_subject_whose_own_settings_name_only_a_policy_has_the_global_level() {
    registry.answer("GET", "/config/OrderPlaced?defaultToGlobal=true", 200, "{\"compatibilityPolicy\":\"LENIENT\"}");
    registry.answer("GET", "/config", 200, "{\"compatibilityLevel\":\"FULL\"}");

    assertThat(client.compatibility("OrderPlaced")).isEqualTo(CompatibilityLevel.FULL);
    assertThat(registry.requests()).extracting(FakeRegistry.Request::target)
        .containsExactly("/config/OrderPlaced?defaultToGlobal=true", "/config");
  }

  @Test
  void a_subject_whose_own_settings_name_only_a_policy_has_no_level_of_its_own() {
    registry.answer("GET", "/config/OrderPlaced", 200, "{\"compatibilityPolicy\":\"LENIENT\"}");

    assertThat(client.subjectCompatibility("OrderPlaced")).isEmpty();
  }

  @Test
  void a_subject_without_its_own_level_has_none() {
    registry.answer("GET", "/config/OrderPlaced", 404,
        "{\"error_code\":40408,\"message\":\"Subject 'OrderPlaced' does not have subject-level compatibility configured\"}");

    assertThat(client.subjectCompatibility("OrderPlaced")).isEmpty();
  }

  @Test
  void a_subject_with_its_own_level_answers_it() {
    registry.answer("GET", "/config/OrderPlaced", 200, "{\"compatibilityLevel\":\"NONE\"}");

    assertThat(client.subjectCompatibility("OrderPlaced")).contains(CompatibilityLevel.NONE);
  }

  @Test
  void gets_the_global_level() {
    registry.answer("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");

    assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
  }

  @Test
  void sets_a_subject_level_with_a_put_of_the_compatibility_field() {
    registry.answer("PUT", "/config/OrderPlaced", 200, "{\"compatibility\":\"FORWARD\"}");

    assertThat(client.setCompatibility("OrderPlaced", CompatibilityLevel.FORWARD)).isEqualTo(CompatibilityLevel.FORWARD);
    FakeRegistry.Request request = registry.onlyRequest();
    assertThat(request.body()).isEqualTo("{\"compatibility\":\"FORWARD\"}");
    assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void sets_the_global_level() {
    registry.answer("PUT", "/config", 200, "{\"compatibility\":\"NONE\"}");

    assertThat(client.setGlobalCompatibility(CompatibilityLevel.NONE)).isEqualTo(CompatibilityLevel.NONE);
    assertThat(registry.onlyRequest().body()).isEqualTo("{\"compatibility\":\"NONE\"}");
  }
}
