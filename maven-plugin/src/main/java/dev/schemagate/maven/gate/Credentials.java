package dev.schemagate.maven.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClientConfig;
import java.util.function.Consumer;

/**
 * Turns a settings.xml server's username and password into registry credentials: both give basic
 * auth, a password alone is a bearer token. The values go into the client only; no message names them.
 */
public final class Credentials {
  private Credentials() {}

  public static Consumer<RegistryClientConfig> of(String serverId, String user, String password) {
    if (password == null || password.isEmpty()) {
      throw new SchemaGateException(
          "The server \"" + serverId + "\" in settings.xml has no password; give a username and password for basic auth,"
              + " or a password alone for a bearer token.");
    }
    if (user == null || user.isBlank()) {
      return config -> config.bearerToken(password);
    }
    return config -> config.basicAuth(user, password);
  }
}
