package dev.schemagate.core.compat;

import dev.schemagate.core.internal.EnumNames;
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

  /** The policy a configuration value names, case-insensitive; empty if there is no such policy. */
  public static Optional<CompatibilityPolicy> fromName(String name) {
    return EnumNames.parse(CompatibilityPolicy.class, name);
  }
}
