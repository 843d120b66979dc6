package dev.schemagate.maven;

import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.gate.CompatibilityGate;
import dev.schemagate.core.gate.Registration;
import dev.schemagate.core.gate.RegistryHistory;
import dev.schemagate.core.gate.SubjectFile;
import dev.schemagate.core.report.GateReport;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Registers each local schema as its subject's next version. Every schema is checked against the
 * registry first, and nothing is registered if any is incompatible. A schema the subject already has
 * is left as it is, so running the goal twice changes nothing.
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class RegisterMojo extends AbstractCompatibilityMojo {

  /** Checks and reports what would be registered without registering anything. */
  @Parameter(property = "schemagate.dryRun", defaultValue = "false")
  private boolean dryRun;

  private RegistryClient registry;

  @Override
  protected String goal() {
    return "register";
  }

  @Override
  protected void checkConfiguration() throws MojoExecutionException {
    registry = registryClient();
  }

  @Override
  protected GateReport report(SchemaCatalog catalog, List<SubjectFile> files) {
    announce(dryRun ? "Dry run: checking" : "Registering", files, " with registry " + registry.url());
    CompatibilityGate gate = new CompatibilityGate(new RegistryHistory(registry), levelChoice(), CompatibilityChecker.create());
    return new Registration(registry, gate, dryRun).register(files);
  }
}
