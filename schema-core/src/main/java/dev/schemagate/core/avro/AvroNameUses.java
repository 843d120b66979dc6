package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The named types an Avro schema document defines, and the names it uses that it does not define
 * itself: those must come from other files. Names follow the Avro specification: a name with a dot is
 * full, else it takes the namespace of the nearest enclosing named type.
 */
final class AvroNameUses {
  private static final Set<String> CONTAINERS = Set.of("array", "map");

  /** The full name of the document's own top-level type, if it is a named type. */
  final String topLevel;
  final Set<String> defined = new LinkedHashSet<>();
  /** For each name used but not defined here: the full names it may mean, most likely first. */
  final List<List<String>> missing = new ArrayList<>();
  private final List<List<String>> used = new ArrayList<>();

  private AvroNameUses(JsonNode document) {
    walk(document, "");
    topLevel = document.isObject() && AvroNames.NAMED.contains(document.path("type").asText()) ? fullName(document, "") : null;
    for (List<String> candidates : used) {
      if (candidates.stream().noneMatch(defined::contains) && !missing.contains(candidates)) {
        missing.add(candidates);
      }
    }
  }

  static AvroNameUses of(JsonNode document) {
    return new AvroNameUses(document);
  }

  private void walk(JsonNode schema, String namespace) {
    if (schema.isTextual()) {
      use(schema.asText(), namespace);
    } else if (schema.isArray()) {
      schema.forEach(branch -> walk(branch, namespace));
    } else if (schema.isObject()) {
      JsonNode type = schema.path("type");
      String kind = type.isTextual() ? type.asText() : "";
      if (AvroNames.NAMED.contains(kind)) {
        String full = fullName(schema, namespace);
        defined.add(full);
        String inner = full.contains(".") ? full.substring(0, full.lastIndexOf('.')) : "";
        for (JsonNode field : schema.path("fields")) {
          walk(field.path("type"), inner);
        }
      } else if (kind.equals("array")) {
        walk(schema.path("items"), namespace);
      } else if (kind.equals("map")) {
        walk(schema.path("values"), namespace);
      } else if (!type.isMissingNode()) {
        walk(type, namespace);
      }
    }
  }

  private void use(String name, String namespace) {
    if (AvroNames.PRIMITIVES.contains(name) || AvroNames.NAMED.contains(name) || CONTAINERS.contains(name) || name.isEmpty()) {
      return;
    }
    List<String> candidates = new ArrayList<>();
    if (!name.contains(".") && !namespace.isEmpty()) {
      candidates.add(namespace + "." + name);
    }
    candidates.add(name);
    used.add(candidates);
  }

  private static String fullName(JsonNode named, String enclosing) {
    String name = named.path("name").asText("");
    if (name.contains(".")) {
      return name;
    }
    String namespace = named.has("namespace") ? named.path("namespace").asText("") : enclosing;
    return namespace.isEmpty() ? name : namespace + "." + name;
  }
}
