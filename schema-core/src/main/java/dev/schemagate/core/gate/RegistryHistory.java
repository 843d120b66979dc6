package dev.schemagate.core.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.report.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * History from a running registry: the subject's registered versions and its configured level and
 * policy. A version that cannot be parsed (or whose references the registry no longer has) is a
 * problem of that subject, located at the version's URL; the other subjects are checked as usual.
 */
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
    String subject = file.subject();
    List<Integer> numbers;
    try {
      numbers = registry.versions(subject);
    } catch (RegistryClientException e) {
      if (e.isSubjectNotFound()) {
        return SubjectHistory.none("new subject, not registered yet at " + registry.url());
      }
      throw e;
    }
    List<VersionedSchema> versions = new ArrayList<>();
    SortedMap<Integer, List<Problem>> unreadable = new TreeMap<>();
    for (int number : numbers) {
      String where = registry.url() + "/subjects/" + subject + "/versions/" + number;
      try {
        versions.add(new VersionedSchema(number, registry.parse(registry.version(subject, number).schema())));
      } catch (InvalidSchemaException e) {
        unreadable.put(number, SubjectHistory.unreadable(subject, number, where, e.problems()));
      } catch (SchemaGateException references) {
        // a reference to a version the registry no longer has, or references in a cycle; any other
        // failure of the registry (unreachable, refused credentials) stops the goal
        if (references instanceof RegistryClientException e && !e.isSubjectNotFound() && !e.isVersionNotFound()) {
          throw e;
        }
        unreadable.put(number, SubjectHistory.unreadable(subject, number, where, List.of(SchemaProblem.at("", references.getMessage()))));
      }
    }
    return new SubjectHistory(versions, unreadable, null);
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
