package dev.schemagate.maven;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.maven.gate.Choices;
import dev.schemagate.maven.gate.KeyValues;
import dev.schemagate.core.gate.LevelChoice;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What check and register share besides the local schemas: the level and policy of each subject,
 * and the registry. The registry parameters are those of {@link AbstractRegistryMojo}; Maven reads
 * parameters from fields, and the local-schema goals and the registry-only goals share no base.
 */
public abstract class AbstractCompatibilityMojo extends AbstractLocalSchemasMojo {

  /** The level every subject is checked at (default: the registry's level for the subject, or BACKWARD). */
  @Parameter(property = "schemagate.compatibility")
  private String compatibility;

  /** Levels of single subjects, as {@code subject=LEVEL} entries. */
  @Parameter(property = "schemagate.compatibilityLevels")
  private List<String> compatibilityLevels;

  /**
   * The JSON Schema policy, STRICT or LENIENT (adding an optional property to an open content model
   * is allowed); default: the registry's policy for the subject, or STRICT.
   */
  @Parameter(property = "schemagate.policy")
  private String policy;

  /** Policies of single subjects, as {@code subject=POLICY} entries. */
  @Parameter(property = "schemagate.policies")
  private List<String> policies;

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

  private RegistryAccess registry() {
    return new RegistryAccess(goal(), registryUrl, serverId, registryCaFile, timeoutSeconds, settings, decrypter);
  }

  protected boolean hasRegistry() {
    return registry().isGiven();
  }

  /** Where the registry's URL came from: the pom or {@code -Dschemagate.registryUrl}. */
  protected String registryUrlSource() {
    return parameterSources().of("registryUrl", registryUrl);
  }

  /** A client for registryUrl with the credentials of serverId, if given. */
  protected RegistryClient registryClient() throws MojoExecutionException {
    return registry().client(getLog());
  }

  protected LevelChoice levelChoice() {
    return new LevelChoice(
        Choices.of(compatibility, "compatibility", CompatibilityLevel.class).orElse(null),
        KeyValues.parse(compatibilityLevels, "compatibilityLevels", CompatibilityLevel.class),
        Choices.of(policy, "policy", CompatibilityPolicy.class).orElse(null),
        KeyValues.parse(policies, "policies", CompatibilityPolicy.class));
  }
}
