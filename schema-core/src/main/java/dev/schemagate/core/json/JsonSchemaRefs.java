package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code $ref}s of a JSON Schema document that point outside it, and how they name another file
 * of the tree: by a path relative to the referring file, or by the other document's {@code $id}.
 */
final class JsonSchemaRefs {
  private JsonSchemaRefs() {}

  /** The document part (before {@code #}) of every {@code $ref} this document cannot resolve itself, each once. */
  static List<String> external(JsonNode document) {
    List<String> bases = new ArrayList<>();
    collect(document, document, bases);
    return bases;
  }

  private static void collect(JsonNode root, JsonNode node, List<String> bases) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        String base = base(ref.asText());
        if (!base.isEmpty() && !bases.contains(base) && JsonRefs.resolve(root, ref.asText(), Map.of()).isEmpty()) {
          bases.add(base);
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!JsonRefs.DATA_KEYWORDS.contains(field.getKey())) {
          collect(root, field.getValue(), bases);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(root, item, bases));
    }
  }

  /** The path a relative {@code $ref} base names, seen from a file in {@code folder}; null if it is not a relative path. */
  static String relativePath(String folder, String base) {
    if (base.contains(":") || base.startsWith("/")) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (!folder.isEmpty()) {
      parts.addAll(List.of(folder.split("/")));
    }
    for (String segment : base.split("/")) {
      if (segment.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }

  /** The absolute IRI a base means against the document's own {@code $id}; the base itself if that fails. */
  static String absolute(JsonNode document, String base) {
    String id = document.path("$id").asText(document.path("id").asText(""));
    try {
      return id.isEmpty() ? base : base(URI.create(id).resolve(base).toString());
    } catch (IllegalArgumentException notAnIri) {
      return base;
    }
  }

  /** The document's own {@code $id} without fragment, or "". */
  static String id(JsonNode document) {
    return base(document.path("$id").asText(document.path("id").asText("")));
  }

  static boolean sameResource(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a));
  }

  private static String base(String ref) {
    int hash = ref.indexOf('#');
    return hash < 0 ? ref : ref.substring(0, hash);
  }
}
