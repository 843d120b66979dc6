package dev.schemagate.core.compat;

import java.util.List;

/**
 * The answer to "may this schema become the next version?": every incompatibility found, against
 * every version the level compares with.
 *
 * @param versionsCompared the earlier versions the new schema was compared with, newest first
 * @param waived the differences the policy let through (LENIENT's list), each a real break of the
 *     set meaning with its rule, sentence and witness; they never make the report incompatible and
 *     are not among {@link #messages()}
 */
public record CompatibilityReport(
    CompatibilityLevel level,
    CompatibilityPolicy policy,
    List<Integer> versionsCompared,
    List<Incompatibility> incompatibilities,
    List<Incompatibility> waived) {

  public CompatibilityReport {
    versionsCompared = List.copyOf(versionsCompared);
    incompatibilities = List.copyOf(incompatibilities);
    waived = List.copyOf(waived);
  }

  /** A report with nothing waived. */
  public CompatibilityReport(
      CompatibilityLevel level, CompatibilityPolicy policy, List<Integer> versionsCompared, List<Incompatibility> incompatibilities) {
    this(level, policy, versionsCompared, incompatibilities, List.of());
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
