package dev.schemagate.core.report;

import java.util.List;

/**
 * Everything one goal found, one result per subject.
 *
 * @param goal {@code validate}, {@code check} or {@code register}
 * @param against where the history came from ({@code baseline src/main/baseline}, {@code git:HEAD},
 *     {@code registry http://...}), or null for validate
 */
public record GateReport(String goal, String against, List<SubjectResult> results) {
  public GateReport {
    results = List.copyOf(results);
  }

  public List<SubjectResult> failures() {
    return results.stream().filter(result -> result.outcome().isFailure()).toList();
  }

  public boolean hasFailures() {
    return !failures().isEmpty();
  }

  public int problemCount() {
    return failures().stream().mapToInt(result -> result.problems().size()).sum();
  }
}
