package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.schemagate.core.compat.Rule;
import java.util.function.IntFunction;

/**
 * {@code if}/{@code then}/{@code else} and the {@code unevaluated*} keywords of the reader. A
 * condition the writer has too is followed branch by branch; otherwise the writer's values that meet
 * the condition must meet {@code then} and the others {@code else} (all of the writer when the two
 * cannot be told apart). {@code unevaluatedProperties}/{@code unevaluatedItems} that only the schema's own
 * keywords feed are read as {@code additionalProperties}/{@code items} (see {@code JsonEvaluation});
 * where other schemas' results feed them, they count as a break ("cannot prove") unless the writer
 * holds the very same schema.
 */
final class ConditionalRules {
  private ConditionalRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    conditional(c, reader, writer, path, out);
    unevaluated(c, reader, writer, "unevaluatedProperties", Rule.UNEVALUATED_PROPERTIES_CHANGED, path, out);
    unevaluated(c, reader, writer, "unevaluatedItems", Rule.UNEVALUATED_ITEMS_CHANGED, path, out);
  }

  private static void conditional(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    JsonSite condition = reader.child("if");
    JsonSite then = reader.child("then");
    JsonSite otherwise = reader.child("else");
    if (condition == null || then == null && otherwise == null) {
      return;
    }
    for (JsonSite own : writer.sites()) {
      JsonSite ownCondition = own.child("if");
      if (ownCondition != null && sameCondition(c, condition, ownCondition, path, out)) {
        if (then != null) {
          JsonView met = writer.and(ownCondition);
          met = own.child("then") == null ? met : met.and(own.child("then"));
          c.compare(then, met, path.withWriter(met), out);
        }
        if (otherwise != null) {
          JsonView unmet = own.child("else") == null ? writer : writer.and(own.child("else"));
          c.compare(otherwise, unmet, path.withWriter(unmet), out);
        }
        return;
      }
    }
    if (c.provedWithin(condition, writer, path, out)) {
      if (then != null) {
        c.compare(then, writer, path, out);
      }
      return;
    }
    if (Disjointness.proved(c, condition, writer, path, out)) {
      if (otherwise != null) {
        c.compare(otherwise, writer, path, out);
      }
      return;
    }
    if (then != null) {
      JsonView met = writer.and(condition);
      c.compare(then, met, path.withWriter(met), out);
    }
    if (otherwise != null) {
      c.compare(otherwise, writer, path, out);
    }
  }

  /** The two conditions hold for the same values: written alike, or each proved within the other. */
  private static boolean sameCondition(JsonComparison c, JsonSite condition, JsonSite own, InstancePath path, Sink out) {
    return own.node().equals(condition.node())
        || c.provedWithin(condition, JsonView.of(own), path, out) && c.provedWithin(own, JsonView.of(condition), path, out);
  }

  /** A writer of finitely many values, none of them an object (or an array), gives the keyword nothing to judge. */
  private static boolean onlyScalars(JsonView writer, boolean properties) {
    return writer.values() != null && writer.values().stream().noneMatch(value -> properties ? value.isObject() : value.isArray());
  }

  /**
   * The names under which the writer may hold a value the keyword rejects, where the reader does not
   * surely evaluate them (declared by the reader or the schemas it includes in place); empty when
   * whatever is left unevaluated passes. {@code "extra"} stands for names nothing declares.
   */
  private static java.util.List<String> rejectedNames(JsonComparison c, JsonSite reader, JsonSite own, JsonView writer,
      InstancePath path, Sink out) {
    java.util.Set<String> evaluated = new java.util.HashSet<>();
    JsonView.of(reader).sites().forEach(site -> evaluated.addAll(site.declared()));
    java.util.List<String> rejected = new java.util.ArrayList<>();
    for (String name : writer.declaredNames()) {
      JsonView value = writer.property(name);
      if (!evaluated.contains(name) && !value.isEmpty() && !c.accepts(own, value, path.property(name, value), out)) {
        rejected.add(name);
      }
    }
    for (var pattern : writer.patternProperties().entrySet()) {
      JsonView value = JsonView.of(pattern.getValue(), pattern.getValue().get(0).anchor());
      String example = JsonPatterns.example(pattern.getKey(), 0);
      if (!value.isEmpty() && !c.accepts(own, value, path, out)) {
        rejected.add(example == null ? "extra" : example);
      }
    }
    JsonView rest = writer.additional();
    if (!rest.isEmpty() && !c.accepts(own, rest, path, out)) {
      rejected.add("extra");
    }
    return rejected;
  }

  /** True when the keyword accepts every item the writer may write, wherever it stands. */
  private static boolean acceptsEveryItem(JsonComparison c, JsonSite own, JsonView writer, InstancePath path, Sink out) {
    for (int i = 0; i < writer.prefixLength(); i++) {
      JsonView item = writer.item(i);
      if (!item.isEmpty() && !c.accepts(own, item, path.item(i, false, item), out)) {
        return false;
      }
    }
    JsonView rest = writer.rest();
    return rest.isEmpty() || c.accepts(own, rest, path, out);
  }

  private static void unevaluated(JsonComparison c, JsonSite reader, JsonView writer, String keyword, Rule rule,
      InstancePath path, Sink out) {
    JsonSite own = reader.child(keyword);
    if (own == null || ObjectRules.acceptsAnything(own)) {
      return;
    }
    boolean properties = keyword.equals("unevaluatedProperties");
    if (writer.sites().stream().anyMatch(site -> c.sameSchema(reader, site)) || onlyScalars(writer, properties)
        || !writer.kinds().contains(properties ? JsonKind.OBJECT : JsonKind.ARRAY)
        || !properties && acceptsEveryItem(c, own, writer, path, out)) {
      return;
    }
    java.util.List<String> names = properties ? rejectedNames(c, reader, own, writer, path, out) : java.util.List.of();
    if (properties && names.isEmpty()) {
      return;
    }
    String sentence = Quotes.quote(keyword) + path.of() + " in " + c.readerLabel() + " may reject "
        + (properties ? "properties" : "items") + " that " + c.writerLabel() + " allows, and SchemaGate cannot prove otherwise"
        + " because it depends on every other keyword there, so it counts as a break; keep " + Quotes.quote(keyword)
        + " and the " + (properties ? "properties" : "items") + " it depends on unchanged.";
    IntFunction<JsonNode> extra = properties
        ? Locals.withProperty(writer, attempt -> TextNode.valueOf(attempt < names.size() ? names.get(attempt) : "extra" + attempt))
        : Locals.constrained(writer, Locals.schema().put("minItems", reader.prefixLength() + 1), InstancePath.ARRAY);
    c.report(out, rule, c.pointer(reader, writer, keyword), sentence, path, extra);
  }
}
