package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.schemagate.core.compat.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code enum} and {@code const} of the reader: every value the writer may write (of a type the
 * reader accepts) must be among them. A writer without its own list writes finitely many values
 * only when it is boolean, null or a short integer range; otherwise it writes values outside any list.
 */
final class EnumRules {
  /** Integer ranges up to this size are read as lists of values. */
  private static final int ENUMERABLE = 256;

  private EnumRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, Set<JsonKind> shared, InstancePath path, Sink out) {
    List<JsonNode> allowed = reader.values();
    if (allowed == null) {
      return;
    }
    String readerKeyword = reader.keyword("enum") != null ? "enum" : "const";
    String writerKeyword = writer.siteWith("enum") != null ? "enum" : "const";
    String pointer = c.readerIsNew() ? reader.anchorOf(readerKeyword) : writer.anchorOf(writerKeyword);
    List<JsonNode> written = written(writer, shared);
    if (written != null) {
      List<JsonNode> missing = JsonValues.missingFrom(written, allowed);
      if (missing.isEmpty()) {
        return;
      }
      boolean readerWithinWriter = JsonValues.missingFrom(allowed, written).isEmpty();
      Rule rule = readerWithinWriter ? c.rule(Rule.ENUM_ARRAY_NARROWED, Rule.ENUM_ARRAY_EXTENDED) : Rule.ENUM_ARRAY_CHANGED;
      String fix = c.readerIsNew() ? "keep allowing " + Words.oneOf(missing)
          : "write only the values of " + c.oldLabel() + " until every reader uses the new schema";
      String sentence = "The allowed values" + path.of() + " changed from " + Words.values(c.oldOf(allowed, written))
          + " to " + Words.values(c.newOf(allowed, written))
          + c.consequence(JsonComparison.holds(path, Words.oneOf(missing))) + "; " + fix + ".";
      c.report(out, rule, pointer, sentence, path, Locals.values(missing));
      return;
    }
    String any = "any value of type " + Words.types(shared);
    String fix = c.readerIsNew() ? "accept every value " + c.oldLabel() + " accepts"
        : "write only the values of " + c.oldLabel() + " until every reader uses the new schema";
    String sentence = "The allowed values" + path.of() + " changed from " + c.oldOf(Words.values(allowed), any)
        + " to " + c.newOf(Words.values(allowed), any)
        + c.consequence(JsonComparison.holds(path, "another value")) + "; " + fix + ".";
    c.report(out, c.rule(Rule.ENUM_ARRAY_NARROWED, Rule.ENUM_ARRAY_EXTENDED), pointer, sentence, path,
        Locals.sampleWhere(writer, shared, value -> !JsonValues.contains(allowed, value)));
  }

  /** The values the writer may write of the shared kinds, or null when they are not a short list. */
  static List<JsonNode> written(JsonView writer, Set<JsonKind> shared) {
    if (writer.values() != null) {
      return writer.values().stream().filter(value -> shared.contains(writer.kindOf(value))).toList();
    }
    EnumSet<JsonKind> kinds = writer.kinds();
    kinds.retainAll(shared);
    List<JsonNode> values = new ArrayList<>();
    for (JsonKind kind : kinds) {
      switch (kind) {
        case NULL -> values.add(NullNode.getInstance());
        case BOOLEAN -> {
          values.add(BooleanNode.TRUE);
          values.add(BooleanNode.FALSE);
        }
        case INTEGER -> {
          if (!integers(writer, values)) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    return values.stream().filter(writer::admits).toList();
  }

  private static boolean integers(JsonView writer, List<JsonNode> values) {
    JsonBound lower = writer.lower(JsonMeasure.NUMBER);
    JsonBound upper = writer.upper(JsonMeasure.NUMBER);
    if (lower == null || upper == null) {
      return false;
    }
    BigDecimal from = BoundRules.inclusiveInteger(lower, true);
    BigDecimal to = BoundRules.inclusiveInteger(upper, false);
    if (to.subtract(from).compareTo(BigDecimal.valueOf(ENUMERABLE)) > 0) {
      return false;
    }
    for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(BigDecimal.ONE)) {
      values.add(JsonNodeFactory.instance.numberNode(value.toBigIntegerExact()));
    }
    return true;
  }
}
