package dev.schemagate.maven;

import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.gate.Baselines;
import dev.schemagate.core.gate.CompatibilityGate;
import dev.schemagate.core.gate.History;
import dev.schemagate.core.gate.RegistryHistory;
import dev.schemagate.core.gate.SubjectFile;
import dev.schemagate.core.report.GateReport;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks each local schema against its subject's earlier versions at its compatibility level: from a
 * running registry ({@code registryUrl}), a baseline folder, or a commit of the project's git
 * repository ({@code baseline=git:origin/main}). Lists every incompatibility with its witness, then
 * fails once.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCompatibilityMojo {

  /**
   * Where the earlier versions are, without a registry: a folder (relative to the project) holding
   * earlier schemas under the same paths, or a folder per schema with numbered versions
   * ({@code OrderPlaced/1.avsc}); or {@code git:<ref>} to read the schema folder at that commit.
   */
  @Parameter(property = "schemagate.baseline")
  private String baseline;

  @Override
  protected String goal() {
    return "check";
  }

  @Override
  protected void checkConfiguration() throws MojoExecutionException {
    if (hasBaseline() && hasRegistry()) {
      throw new MojoExecutionException("check is given both baseline and registryUrl; give one of them.");
    }
    if (!hasBaseline() && !hasRegistry()) {
      throw new MojoExecutionException(
          "check needs earlier versions to compare with: set baseline (a folder of earlier schemas, or git:<ref>)"
              + " or registryUrl (a running schema registry).");
    }
  }

  @Override
  protected GateReport report(SchemaCatalog catalog, List<SubjectFile> files) throws MojoExecutionException {
    History history =
        hasBaseline()
            ? Baselines.open(baseline, project.getBasedir().toPath(), schemaDirectory.toPath(), catalog)
            : new RegistryHistory(registryClient());
    String source = hasBaseline() ? parameterSources().of("baseline", baseline) : registryUrlSource();
    announce("Checking", files, " against " + history.describe() + " (" + source + ")");
    return new CompatibilityGate(history, levelChoice(), CompatibilityChecker.create()).check("check", files);
  }

  private boolean hasBaseline() {
    return baseline != null && !baseline.isBlank();
  }
}
