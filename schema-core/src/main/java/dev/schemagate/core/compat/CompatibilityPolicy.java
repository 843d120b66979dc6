package dev.schemagate.core.compat;

import java.util.Locale;
import java.util.Optional;

/**
 * How strictly JSON Schema open content models are judged (Avro ignores the policy).
 *
 * <p>STRICT uses the set meaning: the reader must accept every instance the writer accepts. Under an
 * open content model old data may already hold any property name with any value, so adding a typed
 * property is a break. LENIENT allows adding an optional property to an open content model, the
 * change teams make every day and the one registries are most often asked to permit.
 */
public enum CompatibilityPolicy {
  STRICT,
  LENIENT;

  public static final CompatibilityPolicy DEFAULT = STRICT;

  public static Optional<CompatibilityPolicy> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
