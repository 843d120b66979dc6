package dev.schemagate.maven;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.gate.Baselines;
import java.io.File;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: {@code skip}, and configuration errors of schema-core turned into build
 * errors. The goals declare only the parameters they use: those reading local schema files extend
 * {@link AbstractLocalSchemasMojo}, those only talking to a registry {@link AbstractRegistryMojo}.
 */
public abstract class AbstractSchemaGateMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "schemagate.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping SchemaGate " + goal() + " (schemagate.skip).");
      return;
    }
    parameterSources().ignoredProperties().forEach(getLog()::warn);
    try {
      run();
    } catch (SchemaGateException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** The goal's name, for messages. */
  protected abstract String goal();

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Where the goal's parameter values came from: the pom or a user property. */
  protected ParameterSources parameterSources() {
    return new ParameterSources(mojoExecution, session == null ? new Properties() : session.getUserProperties());
  }

  /**
   * A file as a user can open it from where they ran Maven: relative to the current directory when
   * it is below it, else absolute.
   */
  protected static String fromWhereTheUserStands(File file) {
    return Baselines.display(Path.of(System.getProperty("user.dir")), file.toPath());
  }

  /** A file as messages show it: relative to the project. */
  protected String display(File file) {
    return Baselines.display(project.getBasedir().toPath(), file.toPath());
  }
}
