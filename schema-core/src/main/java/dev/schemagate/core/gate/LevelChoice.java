package dev.schemagate.core.gate;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which level and policy a subject is checked at. A level given for the subject wins, then the level
 * given for all subjects, then the level the history's source holds (a registry's), then BACKWARD.
 * Policies are chosen the same way, ending with STRICT.
 *
 * @param level the level given for all subjects, or null
 * @param policy the JSON Schema policy for all subjects, or null for the default
 */
public record LevelChoice(
    CompatibilityLevel level,
    Map<String, CompatibilityLevel> levels,
    CompatibilityPolicy policy,
    Map<String, CompatibilityPolicy> policies) {

  public static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;

  public LevelChoice {
    levels = Map.copyOf(levels);
    policies = Map.copyOf(policies);
  }

  public static LevelChoice defaults() {
    return new LevelChoice(null, Map.of(), null, Map.of());
  }

  /** The level of the subject; {@code fromSource} is asked only when nothing configured decides. */
  public CompatibilityLevel levelOf(String subject, Supplier<Optional<CompatibilityLevel>> fromSource) {
    if (levels.containsKey(subject)) {
      return levels.get(subject);
    }
    if (level != null) {
      return level;
    }
    return fromSource.get().orElse(DEFAULT_LEVEL);
  }

  /** The policy of the subject; {@code fromSource} is asked only when nothing configured decides. */
  public CompatibilityPolicy policyOf(String subject, Supplier<Optional<CompatibilityPolicy>> fromSource) {
    if (policies.containsKey(subject)) {
      return policies.get(subject);
    }
    if (policy != null) {
      return policy;
    }
    return fromSource.get().orElse(CompatibilityPolicy.DEFAULT);
  }
}
