package dev.schemagate.maven.gate;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import java.util.Optional;

/** History from a running registry: the subject's registered versions and its configured level and policy. */
public final class RegistryHistory implements History {
  private final RegistryClient registry;

  public RegistryHistory(RegistryClient registry) {
    this.registry = registry;
  }

  @Override
  public String describe() {
    return "registry " + registry.url();
  }

  @Override
  public SubjectHistory of(SubjectFile file) {
    try {
      return new SubjectHistory(registry.history(file.subject()), java.util.List.of(), null);
    } catch (RegistryClientException e) {
      if (e.isSubjectNotFound()) {
        return SubjectHistory.none("new subject, not registered yet at " + registry.url());
      }
      throw e;
    }
  }

  @Override
  public Optional<CompatibilityLevel> level(String subject) {
    return Optional.of(registry.compatibility(subject));
  }

  @Override
  public Optional<CompatibilityPolicy> policy(String subject) {
    return registry.compatibilityPolicy(subject);
  }
}
