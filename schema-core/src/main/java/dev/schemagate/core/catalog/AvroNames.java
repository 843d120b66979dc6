package dev.schemagate.core.catalog;

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
final class AvroNames {
  private static final Set<String> PRIMITIVES =
      Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");
  private static final Set<String> COMPLEX = Set.of("record", "error", "enum", "fixed", "array", "map");

  /** The full name of the document's own top-level type, if it is a named type. */
  final String topLevel;
  final Set<String> defined = new LinkedHashSet<>();
  /** For each name used but not defined here: the full names it may mean, most likely first. */
  final List<List<String>> missing = new ArrayList<>();
  private final List<List<String>> used = new ArrayList<>();

  private AvroNames(JsonNode document) {
    walk(document, "");
    topLevel = document.isObject() && isNamed(document.path("type").asText()) ? fullName(document, "") : null;
    for (List<String> candidates : used) {
      if (candidates.stream().noneMatch(defined::contains) && !missing.contains(candidates)) {
        missing.add(candidates);
      }
    }
  }

  static AvroNames of(JsonNode document) {
    return new AvroNames(document);
  }

  private void walk(JsonNode schema, String namespace) {
    if (schema.isTextual()) {
      use(schema.asText(), namespace);
    } else if (schema.isArray()) {
      schema.forEach(branch -> walk(branch, namespace));
    } else if (schema.isObject()) {
      JsonNode type = schema.path("type");
      String kind = type.isTextual() ? type.asText() : "";
      if (isNamed(kind)) {
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
    if (PRIMITIVES.contains(name) || COMPLEX.contains(name) || name.isEmpty()) {
      return;
    }
    List<String> candidates = new ArrayList<>();
    if (!name.contains(".") && !namespace.isEmpty()) {
      candidates.add(namespace + "." + name);
    }
    candidates.add(name);
    used.add(candidates);
  }

  private static boolean isNamed(String kind) {
    return kind.equals("record") || kind.equals("error") || kind.equals("enum") || kind.equals("fixed");
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
