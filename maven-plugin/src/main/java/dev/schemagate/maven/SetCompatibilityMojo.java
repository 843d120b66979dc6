package dev.schemagate.maven;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.maven.gate.Choices;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sets the compatibility level, the JSON Schema policy, or both, of the listed subjects or of the
 * registry as a whole (the settings of every subject without its own).
 */
@Mojo(name = "set-compatibility", requiresProject = false, threadSafe = true)
public class SetCompatibilityMojo extends AbstractRegistryMojo {

  /** The level to set: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE. */
  @Parameter(property = "schemagate.compatibility")
  private String compatibility;

  /**
   * The JSON Schema policy to set: STRICT, or LENIENT (adding an optional property to an open content
   * model is allowed). Only registries that keep policies, such as SchemaGate's own, accept it.
   */
  @Parameter(property = "schemagate.policy")
  private String policy;

  /** The subjects whose settings are set. */
  @Parameter(property = "schemagate.subjects")
  private List<String> subjects;

  /** Sets the registry's global settings (those of every subject without its own). */
  @Parameter(property = "schemagate.global", defaultValue = "false")
  private boolean global;

  @Override
  protected String goal() {
    return "set-compatibility";
  }

  @Override
  protected void run() throws MojoExecutionException {
    Optional<CompatibilityLevel> level = Choices.of(compatibility, "compatibility", CompatibilityLevel.class);
    Optional<CompatibilityPolicy> newPolicy = Choices.of(policy, "policy", CompatibilityPolicy.class);
    if (level.isEmpty() && newPolicy.isEmpty()) {
      throw new MojoExecutionException("set-compatibility needs compatibility (property schemagate.compatibility), policy"
          + " (property schemagate.policy) or both; give the level or policy to set.");
    }
    List<String> chosen = subjects == null ? List.of() : subjects.stream().filter(s -> !s.isBlank()).toList();
    if (chosen.isEmpty() && !global) {
      throw new MojoExecutionException("set-compatibility needs subjects (property schemagate.subjects) or global=true.");
    }
    RegistryClient registry = registryClient();
    if (global) {
      String scope = "Global compatibility ";
      level.ifPresent(l -> getLog().info(scope + "level at " + registry.url() + " set to " + registry.setGlobalCompatibility(l)));
      newPolicy.ifPresent(p -> getLog().info(scope + "policy at " + registry.url() + " set to " + registry.setGlobalCompatibilityPolicy(p)));
    }
    for (String subject : chosen) {
      level.ifPresent(l -> getLog().info(subject + ": compatibility level set to " + registry.setCompatibility(subject, l)));
      newPolicy.ifPresent(p -> getLog().info(subject + ": compatibility policy set to " + registry.setCompatibilityPolicy(subject, p)));
    }
  }
}
