package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/** Ways to build the local value of a witness: the writer's value at the place of an issue. */
final class Locals {
  /** Candidates generated when looking for one that meets a condition. */
  private static final int SEARCH = 24;

  private Locals() {}

  /** The given values, one per attempt. */
  static IntFunction<JsonNode> values(List<JsonNode> values) {
    return attempt -> attempt < values.size() ? values.get(attempt) : null;
  }

  /** Generated instances of the view, of the given kinds. */
  static IntFunction<JsonNode> sample(JsonView view, Set<JsonKind> kinds) {
    return attempt -> JsonSamples.candidate(view, attempt, attempt, kinds);
  }

  /** Generated instances of the view that meet a condition (the reader's rejection, checked locally). */
  static IntFunction<JsonNode> sampleWhere(JsonView view, Set<JsonKind> kinds, Predicate<JsonNode> wanted) {
    return attempt -> {
      int found = 0;
      for (int variant = 0; variant < SEARCH; variant++) {
        JsonNode candidate = JsonSamples.candidate(view, variant, variant, kinds);
        if (candidate != null && wanted.test(candidate) && found++ == attempt) {
          return candidate;
        }
      }
      return null;
    };
  }

  /** Generated instances of the view and one more constraint (made with {@link #schema()}). */
  static IntFunction<JsonNode> constrained(JsonView view, ObjectNode constraint, Set<JsonKind> kinds) {
    JsonView narrowed = view.and(site(constraint, view.anchor()));
    return sample(narrowed, kinds);
  }

  /** Takes the values of another plan and changes each (removing a property, copying an item). */
  static IntFunction<JsonNode> edited(IntFunction<JsonNode> plan, java.util.function.UnaryOperator<JsonNode> edit) {
    return attempt -> {
      JsonNode value = plan.apply(attempt);
      return value == null ? null : edit.apply(value.deepCopy());
    };
  }

  /** Tries each plan in turn: attempt 0 of each first, then attempt 1 of each. */
  static IntFunction<JsonNode> firstOf(List<IntFunction<JsonNode>> plans) {
    List<IntFunction<JsonNode>> all = new ArrayList<>(plans);
    return attempt -> all.isEmpty() ? null : all.get(attempt % all.size()).apply(attempt / all.size());
  }

  /** Objects of the writer's view holding one more property, named by {@code names}, with a value the writer allows. */
  static IntFunction<JsonNode> withProperty(JsonView writer, IntFunction<JsonNode> names) {
    return attempt -> {
      JsonNode name = names.apply(attempt);
      JsonNode object = JsonSamples.candidate(writer, attempt, 0, InstancePath.OBJECT);
      if (name == null || !(object instanceof ObjectNode holder)) {
        return null;
      }
      JsonNode value = JsonSamples.candidate(writer.property(name.asText()), attempt, attempt);
      if (value == null) {
        return null;
      }
      holder.set(name.asText(), value);
      return holder;
    };
  }

  static ObjectNode schema() {
    return Json.object();
  }

  /** A made-up schema as a site, reported at {@code anchor}. */
  static JsonSite site(JsonNode schema, String anchor) {
    return JsonDoc.synthetic(schema, JsonSchemaDialect.DRAFT_7, anchor);
  }
}
