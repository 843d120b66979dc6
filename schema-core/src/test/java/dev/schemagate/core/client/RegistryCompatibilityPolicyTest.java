package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.compat.CompatibilityPolicy;
import org.junit.jupiter.api.Test;

class RegistryCompatibilityPolicyTest extends AgainstFakeRegistry {
  private static final String SUBJECT_CONFIG = "/config/UserRenamed?defaultToGlobal=true";

  @Test
  void the_policy_of_a_subject_is_its_own_when_it_has_one() {
    registry.answer("GET", SUBJECT_CONFIG, 200, "{\"compatibilityLevel\":\"BACKWARD\",\"compatibilityPolicy\":\"LENIENT\"}");

    assertThat(client.compatibilityPolicy("UserRenamed")).contains(CompatibilityPolicy.LENIENT);
    assertThat(registry.onlyRequest().target()).isEqualTo(SUBJECT_CONFIG);
  }

  @Test
  void a_subject_whose_own_settings_name_no_policy_has_the_global_one() {
    registry.answer("GET", SUBJECT_CONFIG, 200, "{\"compatibilityLevel\":\"FULL\"}");
    registry.answer("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\",\"compatibilityPolicy\":\"LENIENT\"}");

    assertThat(client.compatibilityPolicy("UserRenamed")).contains(CompatibilityPolicy.LENIENT);
  }

  @Test
  void a_registry_that_keeps_no_policy_answers_none() {
    registry.answer("GET", SUBJECT_CONFIG, 200, "{\"compatibilityLevel\":\"FULL\"}");
    registry.answer("GET", "/config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");

    assertThat(client.compatibilityPolicy("UserRenamed")).isEmpty();
    assertThat(client.globalCompatibilityPolicy()).isEmpty();
  }

  @Test
  void a_policy_schemagate_does_not_know_is_named() {
    registry.answer("GET", SUBJECT_CONFIG, 200, "{\"compatibilityPolicy\":\"LAX\"}");

    assertThat(catchThrowable(() -> client.compatibilityPolicy("UserRenamed"))).isInstanceOf(RegistryClientException.class)
        .hasMessage("Could not get the compatibility policy of subject \"UserRenamed\": the registry at " + registry.url() + SUBJECT_CONFIG
            + " answered with the compatibility policy \"LAX\", which SchemaGate does not know (only STRICT and LENIENT).");
  }

  @Test
  void sets_a_subject_policy_with_a_put_of_the_policy_field() {
    registry.answer("PUT", "/config/UserRenamed", 200, "{\"compatibility\":\"FULL\",\"compatibilityPolicy\":\"LENIENT\"}");

    assertThat(client.setCompatibilityPolicy("UserRenamed", CompatibilityPolicy.LENIENT)).isEqualTo(CompatibilityPolicy.LENIENT);
    assertThat(registry.onlyRequest().body()).isEqualTo("{\"compatibilityPolicy\":\"LENIENT\"}");
  }

  @Test
  void sets_the_global_policy() {
    registry.answer("PUT", "/config", 200, "{\"compatibilityPolicy\":\"STRICT\"}");

    assertThat(client.setGlobalCompatibilityPolicy(CompatibilityPolicy.STRICT)).isEqualTo(CompatibilityPolicy.STRICT);
    assertThat(registry.onlyRequest().body()).isEqualTo("{\"compatibilityPolicy\":\"STRICT\"}");
  }

  @Test
  void a_registry_that_keeps_no_policy_says_so_when_one_is_set() {
    registry.answer("PUT", "/config/UserRenamed", 200, "{\"compatibility\":\"BACKWARD\"}");

    assertThat(catchThrowable(() -> client.setCompatibilityPolicy("UserRenamed", CompatibilityPolicy.LENIENT)))
        .hasMessage("Could not set the compatibility policy of subject \"UserRenamed\" to LENIENT: the registry at " + registry.url()
            + "/config/UserRenamed answered with settings that name no \"compatibilityPolicy\", so it keeps no JSON Schema policy;"
            + " set the policy in the build instead.");
  }
}
