package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.Pointers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a {@code $ref} inside one JSON Schema document and its referenced documents:
 * {@code #/json/pointer}, {@code #anchor}, an {@code $id} of a subschema, or a reference name with
 * an optional fragment. Never looks anything up over the network.
 */
final class JsonRefs {
  /** Keywords whose values are data, not schemas: a {@code $ref} inside them means nothing. */
  public static final Set<String> DATA_KEYWORDS = Set.of("enum", "const", "default", "examples", "example");

  /**
   * Where a reference leads.
   *
   * @param document the reference name of the document holding the target, or null for the
   *     document the reference was written in
   * @param pointer RFC 6901 pointer of the target inside that document
   */
  public record Target(String document, JsonNode node, String pointer) {}

  private JsonRefs() {}

  /** The schema a {@code $ref} names, if it can be found. */
  public static Optional<JsonNode> resolve(JsonNode root, String ref, Map<String, JsonNode> references) {
    return locate(root, ref, references).map(Target::node);
  }

  /** The schema a {@code $ref} names and where it is, if it can be found. */
  public static Optional<Target> locate(JsonNode root, String ref, Map<String, JsonNode> references) {
    int hash = ref.indexOf('#');
    String base = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    if (base.isEmpty()) {
      return fragment(null, root, fragment);
    }
    for (Map.Entry<String, JsonNode> entry : references.entrySet()) {
      if (entry.getKey().equals(base)) {
        return fragment(entry.getKey(), entry.getValue(), fragment);
      }
    }
    for (Map.Entry<String, JsonNode> entry : references.entrySet()) {
      if (sameResource(entry.getKey(), base)) {
        return fragment(entry.getKey(), entry.getValue(), fragment);
      }
    }
    Target embedded = findById(root, base, "");
    if (embedded == null) {
      return Optional.empty();
    }
    if (fragment.isEmpty()) {
      return Optional.of(embedded);
    }
    return fragment(null, embedded.node(), fragment)
        .map(found -> new Target(null, found.node(), embedded.pointer() + found.pointer()));
  }

  private static Optional<Target> fragment(String document, JsonNode root, String fragment) {
    if (fragment.isEmpty()) {
      return Optional.of(new Target(document, root, ""));
    }
    if (fragment.startsWith("/")) {
      String pointer = decodePercent(fragment);
      JsonNode target = root.at(pointer);
      return target.isMissingNode() ? Optional.empty() : Optional.of(new Target(document, target, pointer));
    }
    Target anchored = findAnchor(root, fragment, "");
    return anchored == null ? Optional.empty() : Optional.of(new Target(document, anchored.node(), anchored.pointer()));
  }

  /** A subschema whose {@code $id} is {@code id} or ends with it as a path segment. */
  private static Target findById(JsonNode node, String id, String pointer) {
    if (node.isObject()) {
      JsonNode ownId = node.get("$id") != null ? node.get("$id") : node.get("id");
      if (ownId != null && ownId.isTextual() && !ownId.asText().startsWith("#") && sameResource(ownId.asText(), id)) {
        return new Target(null, node, pointer);
      }
    }
    return searchChildren(node, pointer, (child, at) -> findById(child, id, at));
  }

  private static Target findAnchor(JsonNode node, String anchor, String pointer) {
    if (node.isObject()) {
      if (anchor.equals(node.path("$anchor").asText(null))
          || anchor.equals(node.path("$dynamicAnchor").asText(null))
          || ("#" + anchor).equals(node.path("$id").asText(null))
          || ("#" + anchor).equals(node.path("id").asText(null))) {
        return new Target(null, node, pointer);
      }
    }
    return searchChildren(node, pointer, (child, at) -> findAnchor(child, anchor, at));
  }

  private interface Search {
    Target apply(JsonNode child, String pointer);
  }

  private static Target searchChildren(JsonNode node, String pointer, Search search) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (DATA_KEYWORDS.contains(field.getKey())) {
          continue;
        }
        Target found = search.apply(field.getValue(), Pointers.append(pointer, field.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Target found = search.apply(node.get(i), Pointers.append(pointer, i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean sameResource(String a, String b) {
    String left = stripFragment(a);
    String right = stripFragment(b);
    return left.equals(right) || left.endsWith("/" + right) || right.endsWith("/" + left);
  }

  private static String stripFragment(String iri) {
    int hash = iri.indexOf('#');
    return hash < 0 ? iri : iri.substring(0, hash);
  }

  /** The pointer with its percent escapes decoded; as written when an escape is broken ({@code %ZZ}), so it points at nothing. */
  private static String decodePercent(String pointer) {
    if (!pointer.contains("%")) {
      return pointer;
    }
    try {
      return URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException brokenEscape) {
      return pointer;
    }
  }
}
