package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.WorkInterruptedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a {@code $ref} that leads back to itself without going into a property or an item first
 * ({@code {"$ref": "#"}}, two definitions referring to each other, an {@code allOf} holding its own
 * parent). Such a schema checks the same value forever: validators run out of stack on every
 * instance, so the parser refuses it.
 *
 * <p>The schemas a value is checked against in place (through a reference, {@code not},
 * {@code allOf} and the like) form a graph; a reference leads back to its holder exactly when its
 * target lies in the holder's strongly connected component. The components are found once per
 * document (Tarjan's algorithm, without recursion), so a chain of thousands of references costs
 * time in proportion to its length, not its square.
 */
final class JsonRefCycles {
  private static final List<String> IN_PLACE_SINGLE = List.of("not", "if", "then", "else");
  private static final List<String> IN_PLACE_LISTS = List.of("allOf", "anyOf", "oneOf");
  private static final List<String> IN_PLACE_MAPS = List.of("dependentSchemas", "dependencies");
  private static final List<String> REFS = List.of("$ref", "$dynamicRef", "$recursiveRef");

  private final JsonNode root;
  private final Map<String, JsonNode> referenced;
  private final Map<String, Optional<JsonRefs.Target>> located = new HashMap<>();
  private final Map<JsonNode, Integer> component = new IdentityHashMap<>();
  private final Map<JsonNode, Integer> index = new IdentityHashMap<>();
  private final Map<JsonNode, Integer> low = new IdentityHashMap<>();
  private final Deque<JsonNode> stack = new ArrayDeque<>();
  private final Map<JsonNode, Boolean> onStack = new IdentityHashMap<>();
  private int components;

  JsonRefCycles(JsonNode root, Map<String, JsonNode> referenced) {
    this.root = root;
    this.referenced = referenced;
  }

  /** The pointer of the schema the reference leads to when it comes back to {@code holder}, if it does. */
  Optional<String> cycle(JsonNode holder, String ref) {
    Optional<JsonRefs.Target> start = locate(ref);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    JsonNode target = start.get().node();
    if (target == holder) {
      return Optional.of(start.get().pointer());
    }
    if (!target.isObject()) {
      return Optional.empty();
    }
    if (!component.containsKey(holder)) {
      connect(holder);
    }
    Integer holderComponent = component.get(holder);
    return holderComponent != null && holderComponent.equals(component.get(target))
        ? Optional.of(start.get().pointer()) : Optional.empty();
  }

  private Optional<JsonRefs.Target> locate(String ref) {
    return located.computeIfAbsent(ref, key -> JsonRefs.locate(root, key, referenced));
  }

  /** The schemas a value at {@code node} is also checked against, in place. */
  private List<JsonNode> next(JsonNode node) {
    List<JsonNode> next = new ArrayList<>();
    for (String keyword : REFS) {
      JsonNode target = node.get(keyword);
      if (target != null && target.isTextual()) {
        locate(keyword.equals("$recursiveRef") ? "#" : target.asText()).ifPresent(found -> add(next, found.node()));
      }
    }
    IN_PLACE_SINGLE.forEach(keyword -> add(next, node.get(keyword)));
    for (String keyword : IN_PLACE_LISTS) {
      JsonNode list = node.get(keyword);
      if (list != null && list.isArray()) {
        list.forEach(item -> add(next, item));
      }
    }
    for (String keyword : IN_PLACE_MAPS) {
      JsonNode map = node.get(keyword);
      if (map != null && map.isObject()) {
        map.forEach(value -> add(next, value));
      }
    }
    return next;
  }

  private static void add(List<JsonNode> next, JsonNode node) {
    if (node != null && node.isObject()) {
      next.add(node);
    }
  }

  private record Frame(JsonNode node, List<JsonNode> next, int[] position) {}

  /** Tarjan's algorithm from {@code start}, with a stack of frames instead of recursion. */
  private void connect(JsonNode start) {
    Deque<Frame> frames = new ArrayDeque<>();
    open(start, frames);
    while (!frames.isEmpty()) {
      WorkInterruptedException.checkpoint();
      Frame frame = frames.peek();
      if (frame.position()[0] < frame.next().size()) {
        JsonNode child = frame.next().get(frame.position()[0]++);
        if (!index.containsKey(child)) {
          open(child, frames);
        } else if (onStack.containsKey(child)) {
          low.put(frame.node(), Math.min(low.get(frame.node()), index.get(child)));
        }
        continue;
      }
      frames.pop();
      if (low.get(frame.node()).equals(index.get(frame.node()))) {
        JsonNode member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.put(member, components);
        } while (member != frame.node());
        components++;
      }
      if (!frames.isEmpty()) {
        JsonNode parent = frames.peek().node();
        low.put(parent, Math.min(low.get(parent), low.get(frame.node())));
      }
    }
  }

  private void open(JsonNode node, Deque<Frame> frames) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.put(node, true);
    frames.push(new Frame(node, next(node), new int[] {0}));
  }
}
