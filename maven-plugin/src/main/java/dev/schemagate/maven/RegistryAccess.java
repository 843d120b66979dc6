package dev.schemagate.maven;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientConfig;
import dev.schemagate.maven.gate.Credentials;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * How a goal reaches the registry: {@code registryUrl}, the credentials of the settings.xml server
 * {@code serverId}, the CA file {@code registryCaFile} and {@code timeoutSeconds}, as the goals that
 * talk to a registry declare them.
 */
record RegistryAccess(
    String goal, String registryUrl, String serverId, java.io.File caFile, int timeoutSeconds, Settings settings, SettingsDecrypter decrypter) {
  /** {@code https://user:password@host}: the part before {@code @} is credentials. */
  private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

  boolean isGiven() {
    return registryUrl != null && !registryUrl.isBlank();
  }

  /** A client for {@code registryUrl} with the credentials of {@code serverId}, if given. */
  RegistryClient client(Log log) throws MojoExecutionException {
    if (!isGiven()) {
      throw new MojoExecutionException(
          "The " + goal + " goal needs registryUrl (property schemagate.registryUrl): the base URL of the schema registry.");
    }
    if (USER_INFO.matcher(registryUrl.trim()).find()) {
      // Maven prints every parameter's value in its debug output (-X), so credentials in the URL would be logged
      throw new MojoExecutionException("registryUrl (property schemagate.registryUrl) holds credentials before its host, which"
          + " Maven's debug output would print; give the URL without them (" + USER_INFO.matcher(registryUrl.trim()).replaceFirst("$1")
          + ") and put the credentials in a settings.xml <server> that serverId names.");
    }
    Consumer<RegistryClientConfig> credentials = credentials();
    if (timeoutSeconds <= 0) {
      throw new MojoExecutionException("timeoutSeconds (property schemagate.timeoutSeconds) must be a positive number of seconds,"
          + " but it is " + timeoutSeconds + ".");
    }
    if (caFile != null && !caFile.isFile()) {
      throw new MojoExecutionException("registryCaFile (property schemagate.registryCaFile) " + caFile
          + " is not a file; give the registry's CA certificate (PEM) or trust store.");
    }
    RegistryClient client =
        RegistryClient.create(
            config -> {
              config.url(registryUrl).requestTimeout(Duration.ofSeconds(timeoutSeconds));
              if (caFile != null) {
                config.trustCertificates(caFile.toPath());
              }
              credentials.accept(config);
            });
    log.debug("Registry " + client.url() + (serverId == null ? " without credentials" : " with the credentials of server \"" + serverId + "\""));
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
    var decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
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
