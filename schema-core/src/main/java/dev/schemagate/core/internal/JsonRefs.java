package dev.schemagate.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a {@code $ref} inside one JSON Schema document and its referenced documents:
 * {@code #/json/pointer}, {@code #anchor}, an {@code $id} of a subschema, or a reference name with
 * an optional fragment. Never looks anything up over the network.
 */
public final class JsonRefs {
  /** Keywords whose values are data, not schemas: a {@code $ref} inside them means nothing. */
  public static final Set<String> DATA_KEYWORDS = Set.of("enum", "const", "default", "examples", "example");

  private JsonRefs() {}

  /** The schema a {@code $ref} names, if it can be found. */
  public static Optional<JsonNode> resolve(JsonNode root, String ref, Map<String, JsonNode> references) {
    int hash = ref.indexOf('#');
    String base = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    JsonNode document = base.isEmpty() ? root : findDocument(root, base, references);
    if (document == null) {
      return Optional.empty();
    }
    return fragment(document, fragment);
  }

  private static JsonNode findDocument(JsonNode root, String base, Map<String, JsonNode> references) {
    JsonNode referenced = references.get(base);
    if (referenced != null) {
      return referenced;
    }
    for (Map.Entry<String, JsonNode> entry : references.entrySet()) {
      if (sameResource(entry.getKey(), base)) {
        return entry.getValue();
      }
    }
    return findById(root, base);
  }

  private static Optional<JsonNode> fragment(JsonNode document, String fragment) {
    if (fragment.isEmpty()) {
      return Optional.of(document);
    }
    if (fragment.startsWith("/")) {
      JsonNode target = document.at(decodePercent(fragment));
      return target.isMissingNode() ? Optional.empty() : Optional.of(target);
    }
    return Optional.ofNullable(findAnchor(document, fragment));
  }

  /** A subschema whose {@code $id} is {@code id} or ends with it as a path segment. */
  private static JsonNode findById(JsonNode node, String id) {
    if (node.isObject()) {
      JsonNode ownId = node.get("$id") != null ? node.get("$id") : node.get("id");
      if (ownId != null && ownId.isTextual() && sameResource(ownId.asText(), id)) {
        return node;
      }
    }
    return searchChildren(node, child -> findById(child, id));
  }

  private static JsonNode findAnchor(JsonNode node, String anchor) {
    if (node.isObject()) {
      if (anchor.equals(node.path("$anchor").asText(null))
          || anchor.equals(node.path("$dynamicAnchor").asText(null))
          || ("#" + anchor).equals(node.path("$id").asText(null))
          || ("#" + anchor).equals(node.path("id").asText(null))) {
        return node;
      }
    }
    return searchChildren(node, child -> findAnchor(child, anchor));
  }

  private static JsonNode searchChildren(JsonNode node, java.util.function.Function<JsonNode, JsonNode> search) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (DATA_KEYWORDS.contains(field.getKey())) {
          continue;
        }
        JsonNode found = search.apply(field.getValue());
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = search.apply(item);
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

  private static String decodePercent(String pointer) {
    return pointer.contains("%") ? java.net.URLDecoder.decode(pointer.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8) : pointer;
  }
}
