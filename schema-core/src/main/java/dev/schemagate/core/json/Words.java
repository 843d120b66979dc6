package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Pieces of the sentences the JSON Schema rules write. */
final class Words {
  private static final int LISTED_VALUES = 5;
  private static final int SHORT_JSON = 60;
  private static final List<JsonKind> ORDER = List.of(JsonKind.STRING, JsonKind.INTEGER, JsonKind.FRACTION,
      JsonKind.BOOLEAN, JsonKind.OBJECT, JsonKind.ARRAY, JsonKind.NULL);

  private Words() {}


  /** A number as the schema writer would write it: 10, 2.5. */
  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A value as compact JSON, shortened past a few dozen characters. */
  static String value(JsonNode value) {
    String text = Json.write(value);
    return text.length() <= SHORT_JSON ? text : text.substring(0, SHORT_JSON - 3) + "...";
  }

  /** {@code ["A","B"]}, or the first few and how many more. */
  static String values(List<JsonNode> values) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < values.size() && i < LISTED_VALUES; i++) {
      shown.add(value(values.get(i)));
    }
    String more = values.size() > LISTED_VALUES ? ", and " + (values.size() - LISTED_VALUES) + " more" : "";
    return "[" + String.join(",", shown) + more + "]";
  }

  /** {@code "C"}, {@code "C" or "D"}: some of the values, for "that holds ... there". */
  static String oneOf(List<JsonNode> values) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < values.size() && i < LISTED_VALUES; i++) {
      shown.add(value(values.get(i)));
    }
    String more = values.size() > LISTED_VALUES ? " or another of " + values.size() + " values" : "";
    return String.join(" or ", shown) + more;
  }

  /** The type keyword a set of kinds amounts to: {@code "integer"}, {@code "string" or "null"}, any type. */
  static String types(Set<JsonKind> kinds) {
    if (kinds.size() == JsonKind.values().length) {
      return "any type";
    }
    if (kinds.isEmpty()) {
      return "no type at all";
    }
    List<String> names = new ArrayList<>();
    for (JsonKind kind : ORDER) {
      if (!kinds.contains(kind) || (kind == JsonKind.INTEGER && kinds.contains(JsonKind.FRACTION))) {
        continue;
      }
      if (kind == JsonKind.FRACTION) {
        names.add(kinds.contains(JsonKind.INTEGER) ? "\"number\"" : "numbers with a fraction");
      } else {
        names.add(Quotes.quote(kind.typeName()));
      }
    }
    return String.join(" or ", names);
  }

  /** What a value of these kinds is called: "a string", "a number with a fraction", "null". */
  static String instances(Set<JsonKind> kinds) {
    List<String> names = new ArrayList<>();
    EnumSet<JsonKind> left = EnumSet.copyOf(kinds);
    if (left.contains(JsonKind.INTEGER) && left.contains(JsonKind.FRACTION)) {
      left.remove(JsonKind.INTEGER);
      left.remove(JsonKind.FRACTION);
      names.add("a number");
    }
    for (JsonKind kind : ORDER) {
      if (!left.contains(kind)) {
        continue;
      }
      names.add(switch (kind) {
        case NULL -> "null";
        case BOOLEAN -> "a boolean";
        case OBJECT -> "an object";
        case ARRAY -> "an array";
        case STRING -> "a string";
        case INTEGER -> "an integer";
        case FRACTION -> "a number with a fraction";
      });
    }
    return String.join(" or ", names);
  }

  /** "Property "email"" or "Property "email" of "customer"". */
  static String property(String name, InstancePath path) {
    return "Property " + Quotes.quote(name) + (path.isRoot() ? "" : " of " + path.label());
  }

  /** "1 character", "5 characters"; just the number when there is no unit. */
  static String count(BigDecimal amount, String unit) {
    String number = number(amount);
    if (unit == null) {
      return number;
    }
    boolean one = amount.compareTo(BigDecimal.ONE) == 0;
    String plural = unit.endsWith("y") ? unit.substring(0, unit.length() - 1) + "ies" : unit + "s";
    return number + " " + (one ? unit : plural);
  }

  /** Capitalizes the first letter of a sentence. */
  static String sentence(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
