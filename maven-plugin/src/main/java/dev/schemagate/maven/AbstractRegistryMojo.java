package dev.schemagate.maven;

import dev.schemagate.core.client.RegistryClient;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The goals that only talk to a registry (download, set-compatibility): how to reach it. check and
 * register declare the same three parameters in {@link AbstractCompatibilityMojo}.
 */
public abstract class AbstractRegistryMojo extends AbstractSchemaGateMojo {

  /** The base URL of the schema registry, e.g. {@code http://127.0.0.1:8081}. */
  @Parameter(property = "schemagate.registryUrl")
  private String registryUrl;

  /**
   * The id of a {@code <server>} in settings.xml holding the registry's credentials: a username and
   * password for basic auth, or a password alone for a bearer token. Never printed.
   */
  @Parameter(property = "schemagate.serverId")
  private String serverId;

  /**
   * CA certificates (PEM) or a PKCS#12/JKS trust store to trust for an https registry whose
   * certificate a private CA signed; the Java defaults otherwise.
   */
  @Parameter(property = "schemagate.registryCaFile")
  private java.io.File registryCaFile;

  /** How long to wait for the registry, in seconds, per request. */
  @Parameter(property = "schemagate.timeoutSeconds", defaultValue = "30")
  private int timeoutSeconds;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  private Settings settings;

  @Component
  private SettingsDecrypter decrypter;

  /** A client for registryUrl with the credentials of serverId, if given. */
  protected RegistryClient registryClient() throws MojoExecutionException {
    return new RegistryAccess(goal(), registryUrl, serverId, registryCaFile, timeoutSeconds, settings, decrypter).client(getLog());
  }
}
