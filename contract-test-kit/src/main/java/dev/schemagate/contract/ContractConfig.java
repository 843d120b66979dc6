package dev.schemagate.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * How {@link EventContractsExtension#create} is set up: exactly one schema source, and optionally the
 * producer's {@link ObjectMapper}, the naming of captured events, the envelope and the sample seed.
 *
 * <pre>{@code
 * EventContractsExtension.create(config -> config
 *     .registry("https://registry.example.com", client -> client.bearerToken(System.getenv("TOKEN")))
 *     .objectMapper(producerMapper)
 *     .requireEnvelope());
 * }</pre>
 */
public final class ContractConfig {
  /** The seed of {@link EventContracts#sample(String)} unless {@link #seed(long)} sets another. */
  public static final long DEFAULT_SEED = 20_240_517L;

  private final List<String> sources = new ArrayList<>();
  private Function<String, SchemaSource> source;
  private ObjectMapper mapper;
  private SubjectNaming naming = SubjectNaming.simpleName();
  private Envelope envelope;
  private long seed = DEFAULT_SEED;

  ContractConfig() {}

  /** A folder of schema files; a relative path starts at the working directory. */
  public ContractConfig schemas(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return source("schemas(\"" + directory + "\")", directory(directory));
  }

  public ContractConfig schemas(String directory) {
    return schemas(Path.of(Objects.requireNonNull(directory, "directory")));
  }

  /** A folder on the test classpath (in test resources or a jar), e.g. {@code "schemas/"}. */
  public ContractConfig classpath(String folder) {
    Objects.requireNonNull(folder, "folder");
    return source("classpath(\"" + folder + "\")", classpathFolder(folder));
  }

  public ContractConfig registry(String url) {
    return registry(url, client -> {});
  }

  /** A registry, with its client set up further: {@code client -> client.basicAuth(user, password)}. */
  public ContractConfig registry(String url, Consumer<RegistryClientConfig> client) {
    Objects.requireNonNull(client, "client");
    return source("registry(\"" + withoutUserInfo(url) + "\")", registrySource(url, client));
  }

  /** A sentence about a setting, after it: {@code schemas("x") in field com.acme.T.contracts: the directory ...}. */
  static String sentenceAfter(String setting, String sentence) {
    return setting + ": " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }

  /** A URL as it may be shown: credentials before an {@code @} are dropped. */
  static String withoutUserInfo(String url) {
    return url == null ? null : url.trim().replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", "$1");
  }

  // A source is opened with its setting: how the user wrote it and where, to start its error messages with.

  static Function<String, SchemaSource> directory(Path directory) {
    return setting -> FolderSource.directory(directory, setting);
  }

  static Function<String, SchemaSource> classpathFolder(String folder) {
    return setting -> FolderSource.classpath(folder, classLoader(), setting);
  }

  static Function<String, SchemaSource> registrySource(String url, Consumer<RegistryClientConfig> client) {
    return setting -> {
      try {
        return new RegistrySource(RegistryClient.create(config -> client.accept(config.url(url))), setting);
      } catch (SchemaGateException e) {
        throw new ExtensionConfigurationException(setting + ": " + e.getMessage());
      }
    };
  }

  /** The mapper the producer serializes events with; by default one with the java.time module and ISO-8601 dates. */
  public ContractConfig objectMapper(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    return this;
  }

  /** How captured events name their subject; {@link SubjectNaming#simpleName()} unless set. */
  public ContractConfig subjectNaming(SubjectNaming naming) {
    this.naming = Objects.requireNonNull(naming, "naming");
    return this;
  }

  /** Checks every event for the {@link Envelope#standard()} fields. */
  public ContractConfig requireEnvelope() {
    return requireEnvelope(Envelope.standard());
  }

  public ContractConfig requireEnvelope(Envelope envelope) {
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    return this;
  }

  /** The seed of sample events; the same seed gives the same samples. */
  public ContractConfig seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** @param label the setting as written, to list it: {@code schemas("x")} or {@code schemas = "x"} */
  ContractConfig source(String label, Function<String, SchemaSource> open) {
    sources.add(label);
    this.source = open;
    return this;
  }

  /**
   * Checks the configuration and opens the source; a mistake is an {@link ExtensionConfigurationException}.
   *
   * @param where the configuration as a whole, for its own errors: {@code @EventContractTest on com.acme.OrderTest}
   * @param settingOf the source's label as its errors name it: with the annotation or the field it is in
   */
  DefaultEventContracts build(String where, String options, UnaryOperator<String> settingOf) {
    if (sources.isEmpty()) {
      throw new ExtensionConfigurationException(where + " has no schema source; give one of " + options + ".");
    }
    if (sources.size() > 1) {
      throw new ExtensionConfigurationException(where + " has " + sources.size() + " schema sources (" + String.join(", ", sources)
          + "); give exactly one.");
    }
    return new DefaultEventContracts(source.apply(settingOf.apply(sources.get(0))), EventJson.mapperOrDefault(mapper), naming, envelope, seed);
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ContractConfig.class.getClassLoader();
  }
}
