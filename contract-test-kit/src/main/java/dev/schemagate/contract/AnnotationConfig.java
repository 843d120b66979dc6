package dev.schemagate.contract;

import dev.schemagate.core.client.RegistryClientConfig;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns {@link EventContractTest} into a {@link ContractConfig}, replacing {@code ${NAME}} placeholders. */
final class AnnotationConfig {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  private AnnotationConfig() {}

  static DefaultEventContracts contracts(EventContractTest annotation, Class<?> testClass) {
    String where = "@EventContractTest on " + testClass.getName();
    ContractConfig config = new ContractConfig();
    String schemas = value("schemas", annotation.schemas(), testClass);
    String classpath = value("classpath", annotation.classpath(), testClass);
    String registryUrl = value("registryUrl", annotation.registryUrl(), testClass);
    if (!schemas.isEmpty()) {
      config.source(label("schemas", annotation.schemas()), ContractConfig.directory(Path.of(schemas)));
    }
    if (!classpath.isEmpty()) {
      config.source(label("classpath", annotation.classpath()), ContractConfig.classpathFolder(classpath));
    }
    Consumer<RegistryClientConfig> credentials = credentials(annotation, testClass);
    String caFile = value("registryCaFile", annotation.registryCaFile(), testClass);
    if (!caFile.isEmpty()) {
      if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(caFile))) {
        throw new ExtensionConfigurationException("@EventContractTest on " + testClass.getName() + " has registryCaFile \""
            + caFile + "\", which is not a file; give the path of the registry's CA certificate (PEM) or trust store.");
      }
      credentials = credentials.andThen(client -> client.trustCertificates(java.nio.file.Path.of(caFile)));
    }
    if (!registryUrl.isEmpty()) {
      config.source(label("registryUrl", annotation.registryUrl()), ContractConfig.registrySource(registryUrl, credentials));
    }
    if (annotation.requireEnvelope()) {
      config.requireEnvelope();
    }
    return config.build(where, "schemas, classpath or registryUrl", label -> setting(label, testClass));
  }

  private static Consumer<RegistryClientConfig> credentials(EventContractTest annotation, Class<?> testClass) {
    String user = value("registryUser", annotation.registryUser(), testClass);
    String password = value("registryPassword", annotation.registryPassword(), testClass);
    String token = value("registryToken", annotation.registryToken(), testClass);
    boolean anyCredential = !user.isEmpty() || !password.isEmpty() || !token.isEmpty();
    if (anyCredential && annotation.registryUrl().isEmpty()) {
      throw new ExtensionConfigurationException("@EventContractTest on " + testClass.getName()
          + " has registry credentials but no registryUrl; give the registry's URL or drop the credentials.");
    }
    if (!token.isEmpty() && (!user.isEmpty() || !password.isEmpty())) {
      throw new ExtensionConfigurationException("@EventContractTest on " + testClass.getName()
          + " has both registryToken and registryUser/registryPassword; give one kind of credentials.");
    }
    if (user.isEmpty() != password.isEmpty()) {
      String missing = user.isEmpty() ? "registryUser" : "registryPassword";
      throw new ExtensionConfigurationException("@EventContractTest on " + testClass.getName() + " has "
          + (user.isEmpty() ? "registryPassword" : "registryUser") + " but no " + missing + "; basic auth needs both.");
    }
    if (!token.isEmpty()) {
      return client -> client.bearerToken(token);
    }
    return user.isEmpty() ? client -> {} : client -> client.basicAuth(user, password);
  }

  /** The attribute with placeholders replaced; an unset placeholder is a configuration error. */
  private static String value(String attribute, String raw, Class<?> testClass) {
    Matcher placeholder = PLACEHOLDER.matcher(raw);
    StringBuilder value = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1).trim();
      String replacement = System.getProperty(name, System.getenv(name));
      if (replacement == null) {
        throw new ExtensionConfigurationException(setting(label(attribute, raw), testClass) + ": neither a system property nor"
            + " an environment variable named " + name + " is set; set one of them.");
      }
      placeholder.appendReplacement(value, Matcher.quoteReplacement(replacement));
    }
    placeholder.appendTail(value);
    return value.toString().trim();
  }

  /** {@code @EventContractTest(schemas = "src/main/schemas") on com.acme.OrderTest}: a setting as written. */
  private static String setting(String label, Class<?> testClass) {
    return "@EventContractTest(" + label + ") on " + testClass.getName();
  }

  /** {@code schemas = "src/main/schemas"}. */
  private static String label(String attribute, String raw) {
    return attribute + " = \"" + ContractConfig.withoutUserInfo(raw) + "\"";
  }
}
