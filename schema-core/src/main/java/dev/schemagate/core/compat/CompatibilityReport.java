package dev.schemagate.core.compat;

import java.util.List;

/**
 * The answer to "may this schema become the next version?": every incompatibility found, against
 * every version the level compares with.
 *
 * @param versionsCompared the earlier versions the new schema was compared with, newest first
 */
public record CompatibilityReport(
    CompatibilityLevel level,
    CompatibilityPolicy policy,
    List<Integer> versionsCompared,
    List<Incompatibility> incompatibilities) {

  public CompatibilityReport {
    versionsCompared = List.copyOf(versionsCompared);
    incompatibilities = List.copyOf(incompatibilities);
  }

  public boolean isCompatible() {
    return incompatibilities.isEmpty();
  }

  /** The earlier versions that the new schema breaks, newest first, each once. */
  public List<Integer> failingVersions() {
    return incompatibilities.stream().map(Incompatibility::oldVersion).distinct().toList();
  }

  /** One line per incompatibility, as {@link Incompatibility#describe()} writes it. */
  public List<String> messages() {
    return incompatibilities.stream().map(Incompatibility::describe).toList();
  }
}
