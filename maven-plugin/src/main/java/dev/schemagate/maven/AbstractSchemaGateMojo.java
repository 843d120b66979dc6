package dev.schemagate.maven;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientConfig;
import dev.schemagate.maven.gate.Credentials;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** What every goal shares: {@code skip}, and how to reach the registry. */
public abstract class AbstractSchemaGateMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "schemagate.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The base URL of the schema registry, e.g. {@code http://127.0.0.1:8081}; used by check (instead of
   * a baseline), register, download and set-compatibility.
   */
  @Parameter(property = "schemagate.registryUrl")
  protected String registryUrl;

  /**
   * The id of a {@code <server>} in settings.xml holding the registry's credentials: a username and
   * password for basic auth, or a password alone for a bearer token. Never printed. Used with registryUrl.
   */
  @Parameter(property = "schemagate.serverId")
  private String serverId;

  /** How long to wait for the registry, in seconds, per request. Used with registryUrl. */
  @Parameter(property = "schemagate.timeoutSeconds", defaultValue = "30")
  private int timeoutSeconds;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  private Settings settings;

  @Component
  private SettingsDecrypter decrypter;

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

  protected boolean hasRegistry() {
    return registryUrl != null && !registryUrl.isBlank();
  }

  /** A client for {@code registryUrl} with the credentials of {@code serverId}, if given. */
  protected RegistryClient registryClient() throws MojoExecutionException {
    if (!hasRegistry()) {
      throw new MojoExecutionException(
          "The " + goal() + " goal needs registryUrl (property schemagate.registryUrl): the base URL of the schema registry.");
    }
    Consumer<RegistryClientConfig> credentials = credentials();
    if (timeoutSeconds <= 0) {
      throw new MojoExecutionException("timeoutSeconds must be a positive number of seconds, but it is " + timeoutSeconds + ".");
    }
    RegistryClient client =
        RegistryClient.create(
            config -> {
              config.url(registryUrl).requestTimeout(Duration.ofSeconds(timeoutSeconds));
              credentials.accept(config);
            });
    getLog().debug("Registry " + client.url() + (serverId == null ? " without credentials" : " with the credentials of server \"" + serverId + "\""));
    return client;
  }

  private Consumer<RegistryClientConfig> credentials() throws MojoExecutionException {
    if (serverId == null || serverId.isBlank()) {
      return config -> {};
    }
    Server server = settings.getServer(serverId);
    if (server == null) {
      throw new MojoExecutionException(
          "serverId \"" + serverId + "\" names no <server> in settings.xml; add one with the registry's username and password,"
              + " or a password alone for a bearer token.");
    }
    SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : decrypted.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new MojoExecutionException(
            "The password of server \"" + serverId + "\" in settings.xml cannot be decrypted; check settings-security.xml.");
      }
    }
    Server plain = decrypted.getServer() == null ? server : decrypted.getServer();
    return Credentials.of(serverId, plain.getUsername(), plain.getPassword());
  }
}
