package dev.schemagate.cli;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schemagate set-compatibility}: the level, the policy or both, of subjects or of the registry. */
@Command(name = "set-compatibility", mixinStandardHelpOptions = true,
    description = "Sets the compatibility level, the JSON Schema policy, or both, of the listed subjects or of the registry as a whole"
        + " (the settings of every subject without its own).")
final class SetCompatibilityCommand implements Callable<Integer> {
  @Option(names = {"--compatibility", "--level"}, paramLabel = "LEVEL",
      description = "NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE.")
  CompatibilityLevel level;

  @Option(names = "--policy", paramLabel = "POLICY", description = "STRICT or LENIENT; only registries that keep policies accept it.")
  CompatibilityPolicy policy;

  @Option(names = "--subject", paramLabel = "SUBJECT", description = "A subject whose settings are set; repeat for several.")
  List<String> subjects = new ArrayList<>();

  @Option(names = "--global", description = "Sets the registry's global settings.")
  boolean global;

  @Mixin Registry registry = new Registry();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (level == null && policy == null) {
      throw new SchemaGateException("set-compatibility needs --compatibility, --policy or both; give the level or policy to set.");
    }
    List<String> chosen = subjects.stream().filter(s -> !s.isBlank()).toList();
    if (chosen.isEmpty() && !global) {
      throw new SchemaGateException("set-compatibility needs --subject SUBJECT or --global.");
    }
    RegistryClient client = registry.client("set-compatibility");
    var out = spec.commandLine().getOut();
    if (global) {
      if (level != null) {
        out.println("Global compatibility level at " + client.url() + " set to " + client.setGlobalCompatibility(level));
      }
      if (policy != null) {
        out.println("Global compatibility policy at " + client.url() + " set to " + client.setGlobalCompatibilityPolicy(policy));
      }
    }
    for (String subject : chosen) {
      if (level != null) {
        out.println(subject + ": compatibility level set to " + client.setCompatibility(subject, level));
      }
      if (policy != null) {
        out.println(subject + ": compatibility policy set to " + client.setCompatibilityPolicy(subject, policy));
      }
    }
    out.println("SchemaGate set-compatibility done; the registry checks new versions at these settings from now on.");
    return SchemaGateCli.PASSED;
  }
}
