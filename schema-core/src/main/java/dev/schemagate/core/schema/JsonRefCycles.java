package dev.schemagate.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.JsonRefs;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a {@code $ref} that leads back to itself without going into a property or an item first
 * ({@code {"$ref": "#"}}, two definitions referring to each other, an {@code allOf} holding its own
 * parent). Such a schema checks the same value forever: validators run out of stack on every
 * instance, so the parser refuses it.
 */
final class JsonRefCycles {
  private static final List<String> IN_PLACE_SINGLE = List.of("not", "if", "then", "else");
  private static final List<String> IN_PLACE_LISTS = List.of("allOf", "anyOf", "oneOf");
  private static final int MOST_STEPS = 100_000;

  private JsonRefCycles() {}

  /** The pointer of the schema the reference leads to when it comes back to {@code holder}, if it does. */
  static Optional<String> cycle(JsonNode root, JsonNode holder, String ref, Map<String, JsonNode> referenced) {
    Optional<JsonRefs.Target> start = JsonRefs.locate(root, ref, referenced);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(start.get().node());
    for (int steps = 0; !todo.isEmpty() && steps < MOST_STEPS; steps++) {
      JsonNode node = todo.pop();
      if (node == holder) {
        return Optional.of(start.get().pointer());
      }
      if (!node.isObject() || !seen.add(node)) {
        continue;
      }
      for (String keyword : List.of("$ref", "$dynamicRef", "$recursiveRef")) {
        JsonNode target = node.get(keyword);
        if (target != null && target.isTextual()) {
          String next = keyword.equals("$recursiveRef") ? "#" : target.asText();
          JsonRefs.locate(root, next, referenced).ifPresent(found -> todo.push(found.node()));
        }
      }
      IN_PLACE_SINGLE.forEach(keyword -> push(todo, node.get(keyword)));
      IN_PLACE_LISTS.forEach(keyword -> {
        JsonNode list = node.get(keyword);
        if (list != null && list.isArray()) {
          list.forEach(todo::push);
        }
      });
      for (String keyword : List.of("dependentSchemas", "dependencies")) {
        JsonNode map = node.get(keyword);
        if (map != null && map.isObject()) {
          map.forEach(value -> push(todo, value));
        }
      }
    }
    return Optional.empty();
  }

  private static void push(Deque<JsonNode> todo, JsonNode node) {
    if (node != null && node.isObject()) {
      todo.push(node);
    }
  }
}
