package dev.schemagate.contract;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.client.SubjectVersion;
import dev.schemagate.core.schema.InvalidSchemaException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Contracts from a registry speaking the Confluent API, through schema-core's client. A registered
 * version never changes, so versions are kept for the whole test run, shared by every test class
 * using the same registry URL; the list of a subject's versions (and so "latest") is read once per
 * source, that is once per test class.
 */
final class RegistrySource implements SchemaSource {
  private static final Map<String, ContractSchema> REGISTERED = new ConcurrentHashMap<>();

  private final RegistryClient client;
  private final String setting;
  private final Map<String, List<Integer>> versions = new ConcurrentHashMap<>();

  RegistrySource(RegistryClient client, String setting) {
    this.client = client;
    this.setting = setting;
  }

  @Override
  public String description() {
    return "the registry at " + client.url();
  }

  @Override
  public List<Integer> versions(String subject) {
    return versions.computeIfAbsent(subject, s -> {
      try {
        List<Integer> found = client.versions(s);
        if (found.isEmpty()) {
          throw unknown(s);
        }
        return List.copyOf(found);
      } catch (RegistryClientException e) {
        throw e.isSubjectNotFound() ? unknown(s) : unusable(e);
      }
    });
  }

  @Override
  public ContractSchema version(String subject, int version) {
    String key = client.url() + "\n" + subject + "\n" + version;
    ContractSchema known = REGISTERED.get(key);
    if (known != null) {
      return known;
    }
    SubjectVersion registered;
    try {
      registered = client.version(subject, version);
    } catch (RegistryClientException e) {
      if (e.isSubjectNotFound()) {
        throw unknown(subject);
      }
      if (e.isVersionNotFound()) {
        throw new UnknownSubjectException(setting, "Subject \"" + subject + "\" has no version " + version + " in " + description()
            + "; its versions are " + versions(subject).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
      }
      throw unusable(e);
    }
    ContractSchema contract;
    try {
      contract = new ContractSchema(subject, registered.version(), client.parse(registered.schema()),
          client.url() + "/subjects/" + subject + "/versions/" + registered.version());
    } catch (InvalidSchemaException invalid) {
      throw new ExtensionConfigurationException(ContractConfig.sentenceAfter(setting, "Version " + version + " of subject \"" + subject
          + "\" in " + description() + " is not a valid " + registered.schema().type() + " schema, so it cannot serve as a contract: "
          + invalid.getMessage()));
    } catch (SchemaGateException e) {
      throw new ExtensionConfigurationException(setting + ": " + e.getMessage());
    }
    REGISTERED.put(key, contract);
    return contract;
  }

  private UnknownSubjectException unknown(String subject) {
    String known;
    try {
      List<String> subjects = client.subjects();
      known = subjects.isEmpty() ? "it holds no subjects." : "the subjects there are " + SchemaSource.listed(subjects) + ".";
    } catch (RegistryClientException e) {
      known = "its subjects could not be listed.";
    }
    return new UnknownSubjectException(setting, "No contract for subject \"" + subject + "\" in " + description()
        + ": the registry does not know the subject; " + known);
  }

  private ExtensionConfigurationException unusable(RegistryClientException e) {
    return new ExtensionConfigurationException(setting + ": " + e.getMessage());
  }
}
