package dev.schemagate.core.compat;

import dev.schemagate.core.internal.EnumNames;
import java.util.Optional;

/**
 * How strictly JSON Schema open content models are judged (Avro ignores the policy).
 *
 * <p>STRICT uses the set meaning: the reader must accept every instance the writer accepts. Under an
 * open content model old data may already hold any property name with any value, so adding a typed
 * property is a break. LENIENT waives exactly the differences of Confluent's lenient list:
 * {@code additionalProperties} or {@code unevaluatedProperties} narrowed or removed, a property added
 * to an open model (optional, or required with a default), a property removed from a closed model,
 * and a property a partially open model does not cover as far as its own comparison, under LENIENT,
 * lets it pass. Each waived difference is still reported, in {@link CompatibilityReport#waived()}.
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
