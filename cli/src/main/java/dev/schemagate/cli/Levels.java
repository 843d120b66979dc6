package dev.schemagate.cli;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.gate.LevelChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The level and JSON Schema policy of each subject, as check and register choose them. */
final class Levels {
  @Option(names = {"--compatibility", "--level"}, paramLabel = "LEVEL",
      description = "The level every subject is checked at: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or"
          + " FULL_TRANSITIVE (default: the registry's level for the subject, or BACKWARD).")
  CompatibilityLevel level;

  @Option(names = "--subject-compatibility", paramLabel = "SUBJECT=LEVEL", description = "The level of one subject; repeat for several.")
  Map<String, CompatibilityLevel> levels = new LinkedHashMap<>();

  @Option(names = "--policy", paramLabel = "POLICY",
      description = "The JSON Schema policy, STRICT or LENIENT (default: the registry's policy for the subject, or STRICT).")
  CompatibilityPolicy policy;

  @Option(names = "--subject-policy", paramLabel = "SUBJECT=POLICY", description = "The policy of one subject; repeat for several.")
  Map<String, CompatibilityPolicy> policies = new LinkedHashMap<>();

  LevelChoice choice() {
    return new LevelChoice(level, levels, policy, policies);
  }
}
