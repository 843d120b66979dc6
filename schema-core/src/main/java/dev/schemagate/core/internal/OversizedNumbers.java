package dev.schemagate.core.internal;

import dev.schemagate.core.schema.Pointers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Numbers too long to compute with. JSON lets a short text such as {@code 1e999999999} stand for a
 * number of a billion digits; writing it out, comparing it with a bound or dividing by it then takes
 * unbounded time and memory (the validator writes numbers out too). Schemas and instances holding
 * one are refused before anything else reads them. Only exact decimals can be that long: integers
 * are as long as their text, which the parser bounds, and doubles have a fixed size.
 */
public final class OversizedNumbers {
  /** Most digits a number may have written out in full, before or after its decimal point. */
  public static final int MAX_DIGITS = 1000;

  private record Place(JsonNode node, String pointer) {}

  private OversizedNumbers() {}

  /** The RFC 6901 pointers of the numbers in {@code document} longer than {@link #MAX_DIGITS}, in document order. */
  public static List<String> in(JsonNode document) {
    List<String> found = new ArrayList<>();
    Deque<Place> todo = new ArrayDeque<>();
    todo.push(new Place(document, ""));
    while (!todo.isEmpty()) {
      Place place = todo.pop();
      JsonNode node = place.node();
      if (node.isBigDecimal() && isOversized(node.decimalValue())) {
        found.add(place.pointer());
      } else if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          todo.push(new Place(node.get(i), Pointers.append(place.pointer(), i)));
        }
      } else if (node.isObject()) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
        for (int i = fields.size() - 1; i >= 0; i--) {
          todo.push(new Place(fields.get(i).getValue(), Pointers.append(place.pointer(), fields.get(i).getKey())));
        }
      }
    }
    return found;
  }

  /** The sentence for an oversized number of a document at {@code pointer}: what it is, and what to do. */
  public static String sentence(JsonNode document, String pointer) {
    JsonNode number = document.at(pointer);
    String text = number.toString();
    return "The number " + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + " has more than " + MAX_DIGITS
        + " digits when written out, which SchemaGate cannot compute with; write a shorter number.";
  }

  private static boolean isOversized(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS;
  }
}
