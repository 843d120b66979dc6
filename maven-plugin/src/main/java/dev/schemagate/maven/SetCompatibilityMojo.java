package dev.schemagate.maven;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityLevel;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Sets the compatibility level of the listed subjects, or the registry's global level. */
@Mojo(name = "set-compatibility", requiresProject = false, threadSafe = true)
public class SetCompatibilityMojo extends AbstractSchemaGateMojo {

  /** The level to set: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE. */
  @Parameter(property = "schemagate.compatibility")
  private String compatibility;

  /** The subjects whose level is set. */
  @Parameter(property = "schemagate.subjects")
  private List<String> subjects;

  /** Sets the registry's global level (the level of every subject without its own). */
  @Parameter(property = "schemagate.global", defaultValue = "false")
  private boolean global;

  @Override
  protected String goal() {
    return "set-compatibility";
  }

  @Override
  protected void run() throws MojoExecutionException {
    CompatibilityLevel level =
        CompatibilityLevel.fromName(compatibility)
            .orElseThrow(() -> new MojoExecutionException(
                "set-compatibility needs compatibility (property schemagate.compatibility) to be one of "
                    + Arrays.toString(CompatibilityLevel.values()) + (compatibility == null ? "" : ", but it is \"" + compatibility + "\"") + "."));
    List<String> chosen = subjects == null ? List.of() : subjects.stream().filter(s -> !s.isBlank()).toList();
    if (chosen.isEmpty() && !global) {
      throw new MojoExecutionException("set-compatibility needs subjects (property schemagate.subjects) or global=true.");
    }
    RegistryClient registry = registryClient();
    if (global) {
      getLog().info("Global compatibility level at " + registry.url() + " set to " + registry.setGlobalCompatibility(level));
    }
    for (String subject : chosen) {
      getLog().info(subject + ": compatibility level set to " + registry.setCompatibility(subject, level));
    }
  }
}
