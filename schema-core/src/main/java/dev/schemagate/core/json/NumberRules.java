package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Rule;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code multipleOf} (bounds are in {@link BoundRules}): every number the writer writes must be a
 * multiple of the reader's divisor. That holds when a writer's divisor is itself a multiple of it,
 * when the writer writes only integers and the divisor divides 1, or for each listed value.
 */
final class NumberRules {
  private NumberRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, Set<JsonKind> shared, InstancePath path, Sink out) {
    BigDecimal step = reader.multipleOf();
    if (step == null || step.signum() == 0) {
      return;
    }
    Predicate<JsonNode> rejected = value -> value.isNumber() && !divides(step, value.decimalValue());
    List<JsonNode> numbers = writer.values() == null ? null : writer.values().stream().filter(JsonNode::isNumber).toList();
    List<BigDecimal> steps = writer.multiplesOf();
    boolean integersOnly = !shared.contains(JsonKind.FRACTION);
    boolean safe = numbers != null ? numbers.stream().noneMatch(rejected)
        : steps.stream().anyMatch(own -> divides(step, own)) || (integersOnly && divides(step, BigDecimal.ONE));
    if (safe) {
      return;
    }
    String readerText = Words.number(step);
    BigDecimal own = steps.isEmpty() ? null : steps.get(0);
    String writerText = own == null ? "none" : Words.number(own);
    Rule rule;
    if (own == null || numbers != null) {
      rule = c.rule(Rule.MULTIPLE_OF_ADDED, Rule.MULTIPLE_OF_REMOVED);
    } else if (divides(own, step)) {
      rule = c.rule(Rule.MULTIPLE_OF_EXPANDED, Rule.MULTIPLE_OF_REDUCED);
    } else {
      rule = Rule.MULTIPLE_OF_CHANGED;
    }
    String sentence = "\"multipleOf\"" + path.of() + " changed from " + c.oldOf(readerText, writerText) + " to "
        + c.newOf(readerText, writerText)
        + c.consequence(JsonComparison.holds(path, "a number that is not a multiple of " + readerText)) + "; "
        + (c.readerIsNew() ? (own == null ? "drop \"multipleOf\"" : "keep \"multipleOf\" at " + writerText)
            : "keep \"multipleOf\" at " + readerText + " until every reader uses the new schema") + ".";
    EnumSet<JsonKind> kinds = EnumSet.of(JsonKind.INTEGER, JsonKind.FRACTION);
    kinds.retainAll(shared);
    c.report(out, rule, c.pointer(reader, writer, "multipleOf"), sentence, path,
        numbers != null ? Locals.values(numbers.stream().filter(rejected).toList()) : Locals.sampleWhere(writer, kinds, rejected));
  }

  /** True when {@code value} is a whole multiple of {@code step}. */
  static boolean divides(BigDecimal step, BigDecimal value) {
    return value.remainder(step).signum() == 0;
  }
}
