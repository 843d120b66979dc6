package dev.schemagate.core.report;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/**
 * What one goal found for one subject.
 *
 * @param level the level checked at, or null when no check ran
 * @param policy the JSON Schema policy checked with, or null when no check ran
 * @param versionsCompared the earlier versions compared with, oldest first
 * @param note a sentence for outcomes that need one (why it is new, what was registered), or null
 * @param waived what the LENIENT policy let through: shown apart, never counted as a problem
 */
public record SubjectResult(
    String subject,
    String file,
    SchemaType type,
    CompatibilityLevel level,
    CompatibilityPolicy policy,
    List<Integer> versionsCompared,
    Outcome outcome,
    String note,
    List<Problem> problems,
    List<Problem> waived) {

  public SubjectResult {
    versionsCompared = List.copyOf(versionsCompared);
    problems = List.copyOf(problems);
    waived = List.copyOf(waived);
  }

  /** A result with nothing waived. */
  public SubjectResult(String subject, String file, SchemaType type, CompatibilityLevel level, CompatibilityPolicy policy,
      List<Integer> versionsCompared, Outcome outcome, String note, List<Problem> problems) {
    this(subject, file, type, level, policy, versionsCompared, outcome, note, problems, List.of());
  }

  /** The same result with another outcome and note: a checked subject that was then registered. */
  public SubjectResult then(Outcome next, String nextNote, List<Problem> nextProblems) {
    return new SubjectResult(subject, file, type, level, policy, versionsCompared, next, nextNote, nextProblems, waived);
  }

  /** The same result listing what the policy let through. */
  public SubjectResult withWaived(List<Problem> differences) {
    return new SubjectResult(subject, file, type, level, policy, versionsCompared, outcome, note, problems, differences);
  }
}
