package dev.schemagate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LevelChoiceTest {
  private final AtomicInteger asked = new AtomicInteger();

  private Optional<CompatibilityLevel> registryHolds(CompatibilityLevel level) {
    asked.incrementAndGet();
    return Optional.of(level);
  }

  @Test
  void a_level_given_for_the_subject_wins_and_the_source_is_not_asked() {
    LevelChoice choice = new LevelChoice(CompatibilityLevel.FULL, Map.of("OrderPlaced", CompatibilityLevel.NONE), null, Map.of());

    assertThat(choice.levelOf("OrderPlaced", () -> registryHolds(CompatibilityLevel.FORWARD))).isEqualTo(CompatibilityLevel.NONE);
    assertThat(asked).hasValue(0);
  }

  @Test
  void a_level_given_for_all_subjects_overrides_the_source() {
    LevelChoice choice = new LevelChoice(CompatibilityLevel.FULL, Map.of(), null, Map.of());

    assertThat(choice.levelOf("OrderPlaced", () -> registryHolds(CompatibilityLevel.FORWARD))).isEqualTo(CompatibilityLevel.FULL);
    assertThat(asked).hasValue(0);
  }

  @Test
  void without_configuration_the_source_level_applies() {
    assertThat(LevelChoice.defaults().levelOf("OrderPlaced", () -> registryHolds(CompatibilityLevel.FORWARD_TRANSITIVE)))
        .isEqualTo(CompatibilityLevel.FORWARD_TRANSITIVE);
  }

  @Test
  void without_configuration_or_source_level_it_is_backward() {
    assertThat(LevelChoice.defaults().levelOf("OrderPlaced", Optional::empty)).isEqualTo(CompatibilityLevel.BACKWARD);
  }

  @Test
  void policies_default_to_strict_and_can_be_set_per_subject() {
    LevelChoice choice = new LevelChoice(null, Map.of(), null, Map.of("UserRenamed", CompatibilityPolicy.LENIENT));

    assertThat(choice.policyOf("OrderPlaced", Optional::empty)).isEqualTo(CompatibilityPolicy.STRICT);
    assertThat(choice.policyOf("UserRenamed", Optional::empty)).isEqualTo(CompatibilityPolicy.LENIENT);
    assertThat(new LevelChoice(null, Map.of(), CompatibilityPolicy.LENIENT, Map.of()).policyOf("OrderPlaced", Optional::empty))
        .isEqualTo(CompatibilityPolicy.LENIENT);
  }

  @Test
  void without_a_configured_policy_the_source_policy_applies() {
    assertThat(LevelChoice.defaults().policyOf("UserRenamed", () -> Optional.of(CompatibilityPolicy.LENIENT)))
        .isEqualTo(CompatibilityPolicy.LENIENT);
  }

  @Test
  void a_configured_policy_overrides_the_source_which_is_not_asked() {
    LevelChoice choice = new LevelChoice(null, Map.of(), CompatibilityPolicy.STRICT, Map.of("A", CompatibilityPolicy.LENIENT));

    assertThat(choice.policyOf("B", () -> policyAsked())).isEqualTo(CompatibilityPolicy.STRICT);
    assertThat(choice.policyOf("A", () -> policyAsked())).isEqualTo(CompatibilityPolicy.LENIENT);
    assertThat(asked).hasValue(0);
  }

  private Optional<CompatibilityPolicy> policyAsked() {
    asked.incrementAndGet();
    return Optional.of(CompatibilityPolicy.LENIENT);
  }
}
