package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Numeric and length bounds, one row per keyword (see {@link Row}): a lower bound breaks when the
 * reader's is above the writer's, an upper bound when the reader's is below; a missing writer
 * bound is no bound at all. Where the writer writes only integers, bounds are compared as the
 * integers they let through ({@code exclusiveMinimum: 0} is {@code minimum: 1}).
 */
final class BoundRules {
  private BoundRules() {}

  /**
   * One bound keyword: what it limits, from which side, and the rule when the reader's bound is
   * tighter, named by the change from old to new (reader new: added/tightened; reader old:
   * removed/loosened). {@code violation} says what a value beyond the reader's bound is.
   */
  enum Row {
    MIN_LENGTH("minLength", JsonMeasure.LENGTH, true, "minimum length", "a string shorter than %s", "character",
        Rule.MIN_LENGTH_ADDED, Rule.MIN_LENGTH_INCREASED, Rule.MIN_LENGTH_REMOVED, Rule.MIN_LENGTH_DECREASED),
    MAX_LENGTH("maxLength", JsonMeasure.LENGTH, false, "maximum length", "a string longer than %s", "character",
        Rule.MAX_LENGTH_ADDED, Rule.MAX_LENGTH_DECREASED, Rule.MAX_LENGTH_REMOVED, Rule.MAX_LENGTH_INCREASED),
    MINIMUM("minimum", JsonMeasure.NUMBER, true, "minimum", "a number below %s", null,
        Rule.MINIMUM_ADDED, Rule.MINIMUM_INCREASED, Rule.MINIMUM_REMOVED, Rule.MINIMUM_DECREASED),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", JsonMeasure.NUMBER, true, "exclusive minimum", "a number of %s or below", null,
        Rule.EXCLUSIVE_MINIMUM_ADDED, Rule.EXCLUSIVE_MINIMUM_INCREASED, Rule.EXCLUSIVE_MINIMUM_REMOVED, Rule.EXCLUSIVE_MINIMUM_DECREASED),
    MAXIMUM("maximum", JsonMeasure.NUMBER, false, "maximum", "a number above %s", null,
        Rule.MAXIMUM_ADDED, Rule.MAXIMUM_DECREASED, Rule.MAXIMUM_REMOVED, Rule.MAXIMUM_INCREASED),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", JsonMeasure.NUMBER, false, "exclusive maximum", "a number of %s or above", null,
        Rule.EXCLUSIVE_MAXIMUM_ADDED, Rule.EXCLUSIVE_MAXIMUM_DECREASED, Rule.EXCLUSIVE_MAXIMUM_REMOVED, Rule.EXCLUSIVE_MAXIMUM_INCREASED),
    MIN_ITEMS("minItems", JsonMeasure.ITEMS, true, "minimum number of items", "an array of fewer than %s", "item",
        Rule.MIN_ITEMS_ADDED, Rule.MIN_ITEMS_INCREASED, Rule.MIN_ITEMS_REMOVED, Rule.MIN_ITEMS_DECREASED),
    MAX_ITEMS("maxItems", JsonMeasure.ITEMS, false, "maximum number of items", "an array of more than %s", "item",
        Rule.MAX_ITEMS_ADDED, Rule.MAX_ITEMS_DECREASED, Rule.MAX_ITEMS_REMOVED, Rule.MAX_ITEMS_INCREASED),
    MIN_PROPERTIES("minProperties", JsonMeasure.PROPERTIES, true, "minimum number of properties", "an object with fewer than %s", "property",
        Rule.MIN_PROPERTIES_ADDED, Rule.MIN_PROPERTIES_INCREASED, Rule.MIN_PROPERTIES_REMOVED, Rule.MIN_PROPERTIES_DECREASED),
    MAX_PROPERTIES("maxProperties", JsonMeasure.PROPERTIES, false, "maximum number of properties", "an object with more than %s", "property",
        Rule.MAX_PROPERTIES_ADDED, Rule.MAX_PROPERTIES_DECREASED, Rule.MAX_PROPERTIES_REMOVED, Rule.MAX_PROPERTIES_INCREASED);

    final String keyword;
    final JsonMeasure measure;
    final boolean lower;
    final String noun;
    final String violation;
    final String unit;
    final Rule added;
    final Rule tightened;
    final Rule removed;
    final Rule loosened;

    Row(String keyword, JsonMeasure measure, boolean lower, String noun, String violation, String unit,
        Rule added, Rule tightened, Rule removed, Rule loosened) {
      this.keyword = keyword;
      this.measure = measure;
      this.lower = lower;
      this.noun = noun;
      this.violation = violation;
      this.unit = unit;
      this.added = added;
      this.tightened = tightened;
      this.removed = removed;
      this.loosened = loosened;
    }

    static Row of(String keyword) {
      for (Row row : values()) {
        if (row.keyword.equals(keyword)) {
          return row;
        }
      }
      throw new IllegalArgumentException(keyword);
    }
  }

  static void check(JsonComparison c, JsonSite reader, JsonView writer, JsonMeasure measure, Set<JsonKind> shared,
      InstancePath path, Sink out) {
    boolean integers = measure != JsonMeasure.NUMBER || !shared.contains(JsonKind.FRACTION);
    check(c, reader, writer, reader.lower(measure), writer.lower(measure), integers, shared, path, out);
    check(c, reader, writer, reader.upper(measure), writer.upper(measure), integers, shared, path, out);
  }

  private static void check(JsonComparison c, JsonSite reader, JsonView writer, JsonBound readerBound, JsonBound writerBound,
      boolean integers, Set<JsonKind> shared, InstancePath path, Sink out) {
    if (readerBound == null) {
      return;
    }
    Row row = Row.of(readerBound.keyword());
    if (row.lower && row.measure != JsonMeasure.NUMBER && readerBound.value().signum() <= 0) {
      return;
    }
    if (writerBound != null && !tighter(readerBound, writerBound, row.lower, integers)) {
      return;
    }
    boolean sameKeyword = writerBound != null && writer.siteWith(row.keyword) != null;
    Rule rule = c.rule(sameKeyword ? row.tightened : row.added, sameKeyword ? row.loosened : row.removed);
    String readerValue = Words.number(readerBound.value());
    String writerValue = describe(writerBound, row);
    String verb = !sameKeyword ? "changed" : (row.lower == c.readerIsNew()) ? "increased" : "decreased";
    String fix = c.readerIsNew()
        ? (sameKeyword ? "keep \"" + row.keyword + "\" at " + Words.number(writerBound.value()) : "drop \"" + row.keyword + "\"")
        : "keep \"" + row.keyword + "\" at " + readerValue + " until every reader uses the new schema";
    String sentence = "The " + row.noun + path.of() + " " + verb + " from "
        + c.oldOf(readerValue, writerValue) + " to " + c.newOf(readerValue, writerValue)
        + c.consequence(JsonComparison.holds(path, String.format(row.violation, Words.count(readerBound.value(), row.unit)))) + "; " + fix + ".";
    String pointer = c.pointer(reader, writer, row.keyword);
    c.report(out, rule, pointer, sentence, path, Locals.constrained(writer, beyond(readerBound, row), kinds(row.measure, shared)));
  }

  /** The writer's bound in words, naming the keyword when it is not the row's own. */
  private static String describe(JsonBound bound, Row row) {
    if (bound == null) {
      return "none";
    }
    String value = Words.number(bound.value());
    return switch (bound.keyword()) {
      case "enum" -> (row.lower ? "the listed values from " : "the listed values up to ") + value;
      case "required" -> Words.count(bound.value(), "required property");
      case "items" -> Words.count(bound.value(), "position");
      default -> bound.keyword().equals(row.keyword) ? value : Quotes.quote(bound.keyword()) + ": " + value;
    };
  }

  /** True when the reader's bound lets through less than the writer's. */
  static boolean tighter(JsonBound reader, JsonBound writer, boolean lower, boolean integers) {
    if (integers) {
      int order = inclusiveInteger(reader, lower).compareTo(inclusiveInteger(writer, lower));
      return lower ? order > 0 : order < 0;
    }
    int order = reader.value().compareTo(writer.value());
    if (order != 0) {
      return lower ? order > 0 : order < 0;
    }
    return reader.exclusive() && !writer.exclusive();
  }

  /** A count bound as an int, or Integer.MAX_VALUE when there is none. */
  static int intOrMax(JsonBound bound) {
    if (bound == null) {
      return Integer.MAX_VALUE;
    }
    return bound.value().min(BigDecimal.valueOf(Integer.MAX_VALUE)).max(BigDecimal.ZERO).intValue();
  }

  /** The nearest integer a bound lets through. */
  static BigDecimal inclusiveInteger(JsonBound bound, boolean lower) {
    BigDecimal value = bound.value();
    if (lower) {
      BigDecimal up = value.setScale(0, RoundingMode.CEILING);
      return bound.exclusive() && up.compareTo(value) == 0 ? up.add(BigDecimal.ONE) : up;
    }
    BigDecimal down = value.setScale(0, RoundingMode.FLOOR);
    return bound.exclusive() && down.compareTo(value) == 0 ? down.subtract(BigDecimal.ONE) : down;
  }

  /** A constraint that holds exactly beyond the reader's bound: the witness's own range. */
  private static ObjectNode beyond(JsonBound bound, Row row) {
    ObjectNode constraint = Locals.schema();
    if (row.measure == JsonMeasure.NUMBER) {
      String keyword = row.lower ? (bound.exclusive() ? "maximum" : "exclusiveMaximum") : (bound.exclusive() ? "minimum" : "exclusiveMinimum");
      return constraint.put(keyword, bound.value());
    }
    String keyword = row.lower ? row.measure.upperKeyword() : row.measure.lowerKeyword();
    BigDecimal limit = row.lower ? bound.value().subtract(BigDecimal.ONE) : bound.value().add(BigDecimal.ONE);
    return constraint.put(keyword, limit.max(BigDecimal.ZERO).toBigInteger());
  }

  private static Set<JsonKind> kinds(JsonMeasure measure, Set<JsonKind> shared) {
    return switch (measure) {
      case LENGTH -> EnumSet.of(JsonKind.STRING);
      case ITEMS -> EnumSet.of(JsonKind.ARRAY);
      case PROPERTIES -> EnumSet.of(JsonKind.OBJECT);
      case NUMBER -> {
        EnumSet<JsonKind> numbers = EnumSet.of(JsonKind.INTEGER, JsonKind.FRACTION);
        numbers.retainAll(shared);
        yield numbers;
      }
    };
  }
}
