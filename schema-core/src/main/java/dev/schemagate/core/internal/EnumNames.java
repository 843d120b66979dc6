package dev.schemagate.core.internal;

import java.util.Locale;
import java.util.Optional;

/** Reads enum constants from configuration values and API fields: case and surrounding spaces do not matter. */
public final class EnumNames {
  private EnumNames() {}

  /** The constant of {@code type} that {@code name} names, such as "backward" or " AVRO "; empty if none or null. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
