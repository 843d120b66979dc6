package dev.schemagate.core.compat;

import dev.schemagate.core.internal.EnumNames;
import java.util.List;
import java.util.Optional;

/**
 * What a new schema version must stay compatible with, as the Confluent Schema Registry defines the
 * levels. BACKWARD: the new schema can read data written with the latest version. FORWARD: the
 * latest version can read data written with the new schema. FULL: both. {@code _TRANSITIVE}: against
 * every earlier version, not just the latest. NONE: no check.
 */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean newReadsOld;
  private final boolean oldReadsNew;
  private final boolean transitive;

  CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
    this.newReadsOld = newReadsOld;
    this.oldReadsNew = oldReadsNew;
    this.transitive = transitive;
  }

  /** The new schema must read data written with old versions. */
  public boolean newReadsOld() {
    return newReadsOld;
  }

  /** Old versions must read data written with the new schema. */
  public boolean oldReadsNew() {
    return oldReadsNew;
  }

  /** Checked against every earlier version rather than only the latest. */
  public boolean isTransitive() {
    return transitive;
  }

  /**
   * Of a history given oldest first, what a check at this level compares with, in the same order:
   * nothing for NONE, the latest alone, or every entry for a transitive level. This is the one place
   * that decides it; the checker, the server and the build gate all ask here.
   */
  public <T> List<T> comparedWith(List<T> history) {
    if (this == NONE || history.isEmpty()) {
      return List.of();
    }
    return transitive ? history : List.of(history.get(history.size() - 1));
  }

  /** The level a configuration value names, case-insensitive; empty if there is no such level. */
  public static Optional<CompatibilityLevel> fromName(String name) {
    return EnumNames.parse(CompatibilityLevel.class, name);
  }
}
