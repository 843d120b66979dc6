package dev.schemagate.cli;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * How a command reaches the registry. Credentials come from the environment, never from arguments,
 * which shells keep in their history and other users see in process listings:
 * SCHEMAGATE_REGISTRY_USERNAME and SCHEMAGATE_REGISTRY_PASSWORD for basic auth, or
 * SCHEMAGATE_REGISTRY_TOKEN for a bearer token.
 */
final class Registry {
  static final String USERNAME = "SCHEMAGATE_REGISTRY_USERNAME";
  static final String PASSWORD = "SCHEMAGATE_REGISTRY_PASSWORD";
  static final String TOKEN = "SCHEMAGATE_REGISTRY_TOKEN";
  private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

  @Option(names = {"--registry", "--registry-url"}, paramLabel = "URL",
      description = "The base URL of the schema registry, e.g. http://127.0.0.1:8081. Credentials: environment variables "
          + USERNAME + " and " + PASSWORD + ", or " + TOKEN + ".")
  String url;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long to wait for the registry per request. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  boolean isGiven() {
    return url != null && !url.isBlank();
  }

  RegistryClient client(String command) {
    return client(command, System.getenv());
  }

  RegistryClient client(String command, Map<String, String> environment) {
    if (!isGiven()) {
      throw new SchemaGateException("schemagate " + command + " needs --registry URL: the base URL of the schema registry.");
    }
    if (USER_INFO.matcher(url.trim()).find()) {
      throw new SchemaGateException("--registry holds credentials before its host, which shells keep in their history; give the URL"
          + " without them (" + USER_INFO.matcher(url.trim()).replaceFirst("$1") + ") and set " + USERNAME + " and " + PASSWORD
          + " instead.");
    }
    if (timeoutSeconds <= 0) {
      throw new SchemaGateException("--timeout must be a positive number of seconds, but it is " + timeoutSeconds + ".");
    }
    String user = environment.get(USERNAME);
    String password = environment.get(PASSWORD);
    String token = environment.get(TOKEN);
    if (present(user) != present(password)) {
      throw new SchemaGateException("Basic auth needs both " + USERNAME + " and " + PASSWORD + ", but only "
          + (present(user) ? USERNAME : PASSWORD) + " is set; set the other, or unset it.");
    }
    if (present(user) && present(token)) {
      throw new SchemaGateException("Both basic auth (" + USERNAME + ") and a bearer token (" + TOKEN + ") are set; keep one of them.");
    }
    return RegistryClient.create(config -> {
      config.url(url.trim()).requestTimeout(Duration.ofSeconds(timeoutSeconds));
      if (present(user)) {
        config.basicAuth(user, password);
      } else if (present(token)) {
        config.bearerToken(token);
      }
    });
  }

  private static boolean present(String value) {
    return value != null && !value.isEmpty();
  }
}
