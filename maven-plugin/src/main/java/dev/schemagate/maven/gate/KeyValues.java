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
    return parse(entries, parameter, value -> value, "a value");
  }

  /**
   * The entries as a map, each value converted; a value {@code convert} answers null for is a
   * configuration error that names the entry and {@code expected}.
   */
  public static <T> Map<String, T> parse(List<String> entries, String parameter, Function<String, T> convert, String expected) {
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
            "The " + parameter + " entry \"" + entry.trim() + "\" is not of the form key=value; write it as e.g. OrderPlaced.avsc=orders-value.");
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
