package dev.schemagate.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.avro.AvroNameUses;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.json.JsonSchemaRefs;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which file provides what a schema uses, among a list of candidate files (earlier ones win), and
 * the texts a parser needs for it: every file used, directly or through another, dependencies first.
 */
final class ReferenceGraph {
  /** Avro files that use each other: a parser cannot put either first. */
  static final class Cycle extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cycle(List<String> paths) {
      super("The schema's references form a cycle (" + String.join(" -> ", paths)
          + "), so no file can be read first; move the shared types into a file of their own.");
    }
  }

  private final List<SchemaFile> providers;
  private final Map<String, JsonNode> documents = new HashMap<>();
  private final Map<String, AvroNameUses> avroNames = new HashMap<>();

  ReferenceGraph(List<SchemaFile> providers) {
    this.providers = providers;
  }

  /** One name a file uses and the file that provides it. */
  private record Use(String name, SchemaFile provider) {}

  /** The files {@code file} uses directly; names nothing it uses that no file provides. */
  List<LocalReference> references(SchemaFile file) {
    return uses(file).stream().map(use -> new LocalReference(use.name(), use.provider().path())).toList();
  }

  private List<Use> uses(SchemaFile file) {
    JsonNode document = document(file);
    if (document == null) {
      return List.of();
    }
    List<Use> uses = new ArrayList<>();
    if (file.type() == SchemaType.AVRO) {
      for (List<String> candidates : names(file).missing) {
        avroProvider(candidates, file).ifPresent(uses::add);
      }
    } else {
      for (String base : JsonSchemaRefs.external(document)) {
        SchemaFile provider = jsonProvider(file, document, base);
        if (provider != null) {
          uses.add(new Use(base, provider));
        }
      }
    }
    return uses;
  }

  /** Puts into {@code resolved} the texts {@code file} needs, by reference name, dependencies first. */
  void resolve(SchemaFile file, Map<String, String> resolved) {
    List<SchemaFile> stack = new ArrayList<>(List.of(file));
    visit(file, resolved, stack, new HashSet<>(Set.of(file)));
  }

  private void visit(SchemaFile file, Map<String, String> resolved, List<SchemaFile> stack, Set<SchemaFile> done) {
    for (Use use : uses(file)) {
      SchemaFile provider = use.provider();
      if (file.type() == SchemaType.AVRO && stack.contains(provider)) {
        List<String> cycle = new ArrayList<>();
        stack.subList(stack.indexOf(provider), stack.size()).forEach(member -> cycle.add(member.path()));
        cycle.add(provider.path());
        throw new Cycle(cycle);
      }
      if (done.add(provider)) {
        stack.add(provider);
        visit(provider, resolved, stack, done);
        stack.remove(stack.size() - 1);
        resolved.putIfAbsent(use.name(), provider.text());
      } else if (file.type() == SchemaType.JSON) {
        // JSON documents are read one by one: another name for a file already there costs nothing
        resolved.putIfAbsent(use.name(), provider.text());
      }
    }
  }

  private Optional<Use> avroProvider(List<String> candidates, SchemaFile user) {
    for (String name : candidates) {
      SchemaFile definer = null;
      for (SchemaFile provider : providers) {
        if (provider.type() != SchemaType.AVRO || provider.path().equals(user.path()) || document(provider) == null) {
          continue;
        }
        AvroNameUses names = names(provider);
        if (name.equals(names.topLevel)) {
          definer = provider;
          break;
        }
        if (definer == null && names.defined.contains(name)) {
          definer = provider;
        }
      }
      if (definer != null) {
        return Optional.of(new Use(name, definer));
      }
    }
    return Optional.empty();
  }

  private SchemaFile jsonProvider(SchemaFile user, JsonNode document, String base) {
    String relative = JsonSchemaRefs.relativePath(user.folder(), base);
    String absolute = JsonSchemaRefs.absolute(document, base);
    for (SchemaFile provider : providers) {
      if (provider.type() == SchemaType.JSON && provider.path().equals(relative)) {
        return provider;
      }
    }
    for (SchemaFile provider : providers) {
      JsonNode other = provider.type() == SchemaType.JSON ? document(provider) : null;
      if (other != null && JsonSchemaRefs.sameResource(JsonSchemaRefs.id(other), absolute)) {
        return provider;
      }
    }
    return null;
  }

  private AvroNameUses names(SchemaFile file) {
    return avroNames.computeIfAbsent(file.path(), path -> AvroNameUses.of(document(file)));
  }

  private JsonNode document(SchemaFile file) {
    if (!documents.containsKey(file.path())) {
      JsonNode parsed;
      try {
        parsed = Json.parse(file.text());
        parsed = parsed == null || parsed.isMissingNode() ? null : parsed;
      } catch (JsonProcessingException unreadable) {
        parsed = null;
      }
      documents.put(file.path(), parsed);
    }
    return documents.get(file.path());
  }
}
