package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.Pointers;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The named types an Avro schema document defines, where, and how a name used at some place resolves
 * to one of them. Names may be used before their definition (Avro 1.12 allows it), so the whole
 * document is indexed first. The first definition of a full name wins.
 */
final class AvroDefinitions {
  /** A named type the document defines, with the namespace names inside it resolve against. */
  public record Definition(String pointer, JsonNode node, String namespace) {}

  private final Map<String, Definition> byFullName = new HashMap<>();
  private final Set<String> referenced;
  private final BiConsumer<String, String> problems;

  private AvroDefinitions(Collection<String> referencedFullNames, BiConsumer<String, String> problems) {
    this.referenced = new HashSet<>(referencedFullNames);
    this.problems = problems;
  }

  /** The definitions of a document. */
  public static AvroDefinitions of(JsonNode document) {
    return of(document, List.of(), (pointer, message) -> { });
  }

  /**
   * The definitions of a document whose references define {@code referencedFullNames}; a type
   * defined twice goes to {@code problems} as (pointer, sentence).
   */
  static AvroDefinitions of(JsonNode document, Collection<String> referencedFullNames, BiConsumer<String, String> problems) {
    AvroDefinitions definitions = new AvroDefinitions(referencedFullNames, problems);
    definitions.define(document, "", "");
    return definitions;
  }

  /** The definition a name used inside {@code namespace} refers to, or null. */
  public Definition resolve(String name, String namespace) {
    Definition inNamespace = byFullName.get(AvroNames.fullName(name, namespace));
    return inNamespace != null ? inNamespace : byFullName.get(name);
  }

  /** Whether a name used inside {@code namespace} means a type this document or one of its references defines. */
  boolean isDefined(String name, String namespace) {
    return resolve(name, namespace) != null || referenced.contains(AvroNames.fullName(name, namespace))
        || referenced.contains(name);
  }

  private void define(JsonNode node, String pointer, String namespace) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        define(node.get(i), Pointers.append(pointer, i), namespace);
      }
    } else if (node.isObject()) {
      String inner = AvroNames.namespaceInside(node, namespace);
      String type = node.path("type").asText("");
      if (AvroNames.NAMED.contains(type) && node.path("name").isTextual()) {
        String fullName = AvroNames.fullName(node.path("name").asText(), inner);
        Definition first = byFullName.putIfAbsent(fullName, new Definition(pointer, node, inner));
        if (first != null || referenced.contains(fullName)) {
          problems.accept(Pointers.append(pointer, "name"), "The type \"" + fullName + "\" is defined twice (first "
              + (first != null ? "at #" + first.pointer() : "in a referenced schema")
              + "); define it once and use its name elsewhere.");
        }
      }
      JsonNode fields = node.path("fields");
      for (int i = 0; fields.isArray() && i < fields.size(); i++) {
        define(fields.get(i).path("type"), pointer + "/fields/" + i + "/type", inner);
      }
      for (String child : List.of("items", "values")) {
        define(node.path(child), Pointers.append(pointer, child), inner);
      }
    }
  }
}
