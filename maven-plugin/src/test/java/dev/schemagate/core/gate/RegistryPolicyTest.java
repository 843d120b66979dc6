package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.byFileName;
import static dev.schemagate.core.gate.LocalFiles.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.report.Outcome;
import dev.schemagate.core.report.SubjectResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** check and register use the JSON Schema policy the registry holds for a subject, unless the build sets one. */
class RegistryPolicyTest extends AgainstRegistryServer {
  private static final String V1 = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";
  /** Adds an optional property to an open content model: a break only under STRICT. */
  private static final String V2 = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"}}}";

  @BeforeEach
  void version_one() {
    registry.register("UserRenamed", SchemaType.JSON, V1, List.of());
  }

  private SubjectResult check(LevelChoice levels) {
    CompatibilityGate gate = new CompatibilityGate(new RegistryHistory(registry), levels, CompatibilityChecker.create());
    return gate.check("check", byFileName(catalog("src/main/schemas", Map.of("UserRenamed.json", V2)))).results().get(0);
  }

  @Test
  void without_a_policy_anywhere_it_is_strict() {
    SubjectResult result = check(LevelChoice.defaults());

    assertThat(result.outcome()).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(result.policy()).isEqualTo(CompatibilityPolicy.STRICT);
    assertThat(result.problems()).extracting(p -> p.rule()).containsExactly("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
  }

  @Test
  void the_subject_policy_the_registry_holds_applies() {
    registry.setCompatibilityPolicy("UserRenamed", CompatibilityPolicy.LENIENT);

    SubjectResult result = check(LevelChoice.defaults());

    assertThat(result.outcome()).isEqualTo(Outcome.COMPATIBLE);
    assertThat(result.policy()).isEqualTo(CompatibilityPolicy.LENIENT);
  }

  @Test
  void the_global_policy_the_registry_holds_applies_to_a_subject_without_its_own() {
    registry.setGlobalCompatibilityPolicy(CompatibilityPolicy.LENIENT);

    assertThat(check(LevelChoice.defaults()).outcome()).isEqualTo(Outcome.COMPATIBLE);
  }

  @Test
  void a_policy_set_in_the_build_overrides_the_registry() {
    registry.setCompatibilityPolicy("UserRenamed", CompatibilityPolicy.LENIENT);

    SubjectResult result = check(new LevelChoice(null, Map.of(), CompatibilityPolicy.STRICT, Map.of()));

    assertThat(result.outcome()).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(result.policy()).isEqualTo(CompatibilityPolicy.STRICT);
  }

  @Test
  void a_subject_with_only_a_policy_of_its_own_keeps_the_global_level() {
    registry.setCompatibilityPolicy("UserRenamed", CompatibilityPolicy.LENIENT);

    assertThat(check(LevelChoice.defaults()).level()).isEqualTo(registry.globalCompatibility());
  }
}
