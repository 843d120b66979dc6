package dev.schemagate.maven.gate;

import dev.schemagate.core.SchemaGateException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a parameter that names one constant of an enum (a level, a policy, a naming), in any case. */
public final class Choices {
  private Choices() {}

  /**
   * The constant {@code value} names; empty when the parameter is not given.
   *
   * @throws SchemaGateException naming the parameter, its property and the choices, for any other value
   */
  public static <E extends Enum<E>> Optional<E> of(String value, String parameter, Class<E> type) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parse(value, type).orElseThrow(() -> new SchemaGateException(
        parameter + " (property schemagate." + parameter + ") is \"" + value.trim() + "\"; set it to one of " + names(type) + ".")));
  }

  static <E extends Enum<E>> Optional<E> parse(String value, Class<E> type) {
    try {
      return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** {@code FILE_NAME, SCHEMA_NAME}. */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
