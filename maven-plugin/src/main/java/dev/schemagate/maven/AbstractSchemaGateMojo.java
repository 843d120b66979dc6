package dev.schemagate.maven;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.maven.gate.Baselines;
import java.io.File;
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

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping SchemaGate " + goal() + " (schemagate.skip).");
      return;
    }
    try {
      run();
    } catch (SchemaGateException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /** The goal's name, for messages. */
  protected abstract String goal();

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /** A file as messages show it: relative to the project. */
  protected String display(File file) {
    return Baselines.display(project.getBasedir().toPath(), file.toPath());
  }
}
