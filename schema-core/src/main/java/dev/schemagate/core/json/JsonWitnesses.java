package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.internal.Json;
import java.util.List;

/**
 * Finds the witness of an issue: the issue's local value, wrapped in parents generated from the
 * writer's schema along the issue's path, kept only when the validator confirms that the writer's
 * schema accepts it and the reader's rejects it. Each attempt, building a candidate and confirming
 * it, takes one from the budget, also when no candidate could be built: building is the costly part
 * for a schema whose instances are large.
 */
final class JsonWitnesses {
  /** Attempts spent on one issue at most. */
  private static final int ATTEMPTS_PER_ISSUE = 3;
  /** Values tried in place of an issue's own candidates: one of each type, and a few common edges. */
  private static final List<JsonNode> PLAIN_VALUES = plain(
      "\"0\"", "\"\"", "\"A b\"", "0", "0.5", "-1", "7", "false", "true", "null", "[]", "[0]", "[0,0]", "{}",
      "{\"a\":0,\"b\":0}", "{\"extra\":0}");

  /**
   * Most schema visits one confirmation may cost, estimated as the widest combinator of the two
   * schemas to the power of the candidate's depth: a validator checks every alternative of a
   * {@code oneOf}, so a recursive one of K alternatives costs K to the depth. A candidate past it
   * is not confirmed, and the finding says that no witness could be shown.
   */
  static final double VALIDATION_LIMIT = 20_000;

  private final Schema reader;
  private final Schema writer;
  private final WitnessBudget budget;
  private final int widest;

  JsonWitnesses(JsonSchema reader, JsonSchema writer, WitnessBudget budget) {
    this.reader = JsonValidators.forSchema(reader);
    this.writer = JsonValidators.forSchema(writer);
    this.budget = budget;
    this.widest = Math.max(widestCombinator(reader), widestCombinator(writer));
  }

  private static int widestCombinator(JsonSchema schema) {
    int widest = widestCombinator(schema.nodeUnsafe());
    for (JsonNode referenced : schema.resolvedReferences().values()) {
      widest = Math.max(widest, widestCombinator(referenced));
    }
    return widest;
  }

  /** The most alternatives or parts of one {@code oneOf}, {@code anyOf} or {@code allOf} in a document; at least 1. */
  private static int widestCombinator(JsonNode root) {
    int widest = 1;
    java.util.ArrayDeque<JsonNode> open = new java.util.ArrayDeque<>(List.of(root));
    while (!open.isEmpty()) {
      JsonNode node = open.pop();
      if (node.isObject()) {
        for (String keyword : List.of("oneOf", "anyOf", "allOf")) {
          JsonNode parts = node.get(keyword);
          if (parts != null && parts.isArray()) {
            widest = Math.max(widest, parts.size());
          }
        }
      }
      node.forEach(open::push);
    }
    return widest;
  }

  private static int depth(JsonNode instance) {
    int deepest = 0;
    for (JsonNode child : instance) {
      deepest = Math.max(deepest, depth(child));
    }
    return instance.isContainerNode() ? deepest + 1 : deepest;
  }

  /**
   * A confirmed witness, or null when none was found (a witness that is the JSON value null is a
   * {@code NullNode}). After the issue's own candidates, one more attempt tries plain values in
   * their place: where the writer says little ({@code {}} has no type), one of them often shows the break.
   */
  JsonNode find(Issue issue) {
    for (int attempt = 0; attempt < ATTEMPTS_PER_ISSUE && budget.tryAcquire(); attempt++) {
      WorkInterruptedException.checkpoint();
      JsonNode local = issue.local().apply(attempt);
      JsonNode instance = local == null ? null : embed(issue.path(), local, attempt);
      if (confirmed(instance)) {
        return instance;
      }
    }
    if (budget.tryAcquire()) {
      for (JsonNode plain : PLAIN_VALUES) {
        JsonNode instance = embed(issue.path(), plain.deepCopy(), 0);
        if (confirmed(instance)) {
          return instance;
        }
      }
    }
    return null;
  }

  private static List<JsonNode> plain(String... texts) {
    return java.util.Arrays.stream(texts).map(text -> {
      try {
        return Json.parse(text);
      } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
        throw new IllegalStateException(impossible);
      }
    }).toList();
  }

  /** The writer accepts the instance and the reader, having finished, rejects it. */
  private boolean confirmed(JsonNode instance) {
    return instance != null && Math.pow(widest, depth(instance)) <= VALIDATION_LIMIT
        && JsonValidators.accepts(writer, instance) && JsonValidators.rejects(reader, instance);
  }

  /** The local value placed in parents generated from the writer's views along the path. */
  static JsonNode embed(InstancePath path, JsonNode local, int seed) {
    JsonNode node = local;
    for (InstancePath at = path; !at.isRoot(); at = at.parent()) {
      JsonView parentView = at.parent().writer();
      if (at.isProperty()) {
        JsonNode parent = JsonSamples.candidate(parentView, seed, 0, InstancePath.OBJECT);
        ObjectNode object = parent instanceof ObjectNode o ? o : Json.object();
        object.set(at.name(), node);
        node = object;
      } else {
        ObjectNode longEnough = Locals.schema().put("minItems", at.index() + 1);
        JsonNode parent = JsonSamples.candidate(parentView.and(Locals.site(longEnough, parentView.anchor())), seed, 0, InstancePath.ARRAY);
        ArrayNode array = parent instanceof ArrayNode a ? a : Json.array();
        while (array.size() <= at.index()) {
          array.addNull();
        }
        array.set(at.index(), node);
        node = array;
      }
    }
    return node;
  }
}
