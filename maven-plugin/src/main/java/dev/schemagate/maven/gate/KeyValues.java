package dev.schemagate.maven.gate;

import dev.schemagate.core.SchemaGateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads parameters written as {@code key=value} entries, the form that works both in a pom list and
 * in a comma-separated user property ({@code -Dschemagate.compatibilityLevels=OrderPlaced=FULL}).
 */
public final class KeyValues {
  private KeyValues() {}

  /** The entries as a map, in order. */
  public static Map<String, String> parse(List<String> entries, String parameter) {
    return parse(entries, parameter, value -> value, "a value", "OrderPlaced.avsc=orders-value");
  }

  /** The entries as a map, each value a constant of {@code type}, such as {@code OrderPlaced=FULL}. */
  public static <E extends Enum<E>> Map<String, E> parse(List<String> entries, String parameter, Class<E> type) {
    E[] constants = type.getEnumConstants();
    return parse(entries, parameter, value -> Choices.parse(value, type).orElse(null), "one of " + Choices.names(type),
        "OrderPlaced=" + constants[constants.length - 1]);
  }

  /**
   * The entries as a map, each value converted; a value {@code convert} answers null for is a
   * configuration error that names the entry and {@code expected}.
   */
  private static <T> Map<String, T> parse(
      List<String> entries, String parameter, Function<String, T> convert, String expected, String example) {
    Map<String, T> map = new LinkedHashMap<>();
    if (entries == null) {
      return map;
    }
    for (String entry : entries) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      int equals = entry.lastIndexOf('=');
      String key = equals < 0 ? "" : entry.substring(0, equals).trim();
      String raw = equals < 0 ? "" : entry.substring(equals + 1).trim();
      if (key.isEmpty() || raw.isEmpty()) {
        throw new SchemaGateException(
            "The " + parameter + " entry \"" + entry.trim() + "\" is not of the form key=value; write it as e.g. " + example + ".");
      }
      T value = convert.apply(raw);
      if (value == null) {
        throw new SchemaGateException("The " + parameter + " entry \"" + entry.trim() + "\" does not name " + expected + ".");
      }
      if (map.put(key, value) != null) {
        throw new SchemaGateException("The " + parameter + " entries name \"" + key + "\" twice; keep one of them.");
      }
    }
    return map;
  }
}
