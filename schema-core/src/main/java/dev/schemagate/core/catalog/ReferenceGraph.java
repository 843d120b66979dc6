package dev.schemagate.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.language.ReferenceFinder;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.EnumMap;
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
  /** Files that use each other in a language whose parser needs dependencies first. */
  static final class Cycle extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cycle(List<String> paths) {
      super("The schema's references form a cycle (" + String.join(" -> ", paths)
          + "), so no file can be read first; move the shared types into a file of their own.");
    }
  }

  private final List<SchemaFile> providers;
  private final Map<String, JsonNode> documents = new HashMap<>();
  private final Map<String, Object> indexes = new HashMap<>();
  private final Map<SchemaType, List<SchemaFile>> providersByType = new EnumMap<>(SchemaType.class);

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
    Optional<ReferenceFinder<?>> finder = SchemaLanguages.of(file.type()).references();
    if (finder.isEmpty() || document(file) == null) {
      return List.of();
    }
    return uses(finder.get(), file);
  }

  /** Only files of the user's own language are candidates. */
  private <I> List<Use> uses(ReferenceFinder<I> finder, SchemaFile user) {
    List<SchemaFile> candidates = providersByType.computeIfAbsent(user.type(),
        type -> providers.stream().filter(provider -> provider.type() == type).toList());
    List<I> indexed = new ArrayList<>(candidates.size());
    candidates.forEach(candidate -> indexed.add(index(finder, candidate)));
    List<Use> uses = new ArrayList<>();
    for (ReferenceFinder.Use use : finder.uses(index(finder, user), indexed)) {
      uses.add(new Use(use.name(), candidates.get(use.provider())));
    }
    return uses;
  }

  /** Puts into {@code resolved} the texts {@code file} needs, by reference name, dependencies first. */
  void resolve(SchemaFile file, Map<String, String> resolved) {
    List<SchemaFile> stack = new ArrayList<>(List.of(file));
    visit(file, resolved, stack, new HashSet<>(Set.of(file)));
  }

  private void visit(SchemaFile file, Map<String, String> resolved, List<SchemaFile> stack, Set<SchemaFile> done) {
    boolean cyclesAllowed = SchemaLanguages.of(file.type()).references().map(ReferenceFinder::allowsCycles).orElse(false);
    for (Use use : uses(file)) {
      SchemaFile provider = use.provider();
      if (!cyclesAllowed && stack.contains(provider)) {
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
      } else if (cyclesAllowed) {
        // documents read one by one: another name for a file already there costs nothing
        resolved.putIfAbsent(use.name(), provider.text());
      }
    }
  }

  /** A file's index is made once, by the finder of its language. */
  @SuppressWarnings("unchecked")
  private <I> I index(ReferenceFinder<I> finder, SchemaFile file) {
    return (I) indexes.computeIfAbsent(file.path(), path -> finder.index(path, document(file)));
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
