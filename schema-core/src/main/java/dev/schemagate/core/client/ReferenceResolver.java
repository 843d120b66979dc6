package dev.schemagate.core.client;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.schema.SchemaReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fetches what a schema references, and what those reference, depth first so that every schema comes
 * after the schemas it uses. Each subject version is fetched once per resolution.
 */
final class ReferenceResolver {
  private final RegistryClient registry;
  private final Map<String, SubjectVersion> fetched = new HashMap<>();
  private final Set<String> inProgress = new LinkedHashSet<>();
  private final Map<String, String> resolved = new LinkedHashMap<>();

  ReferenceResolver(RegistryClient registry) {
    this.registry = registry;
  }

  Map<String, String> resolve(List<SchemaReference> references) {
    for (SchemaReference reference : references) {
      visit(reference);
    }
    return resolved;
  }

  private void visit(SchemaReference reference) {
    String key = reference.subject() + " version " + reference.version();
    if (inProgress.contains(key)) {
      List<String> cycle = new ArrayList<>(inProgress);
      cycle.add(key);
      throw new SchemaGateException(
          "The references of the schema form a cycle (" + String.join(" -> ", cycle)
              + "), so they cannot be resolved; break the cycle in the registry.");
    }
    if (resolved.containsKey(reference.name())) {
      return;
    }
    SubjectVersion version = fetched.get(key);
    if (version == null) {
      version =
          reference.version() > 0
              ? registry.version(reference.subject(), reference.version())
              : registry.latest(reference.subject());
      fetched.put(key, version);
    }
    inProgress.add(key);
    for (SchemaReference nested : version.schema().references()) {
      visit(nested);
    }
    inProgress.remove(key);
    resolved.put(reference.name(), version.schema().text());
  }
}
