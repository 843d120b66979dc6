package dev.schemagate.maven.gate;

import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.maven.report.Problem;
import java.util.List;

/**
 * The earlier versions of one subject.
 *
 * @param problems earlier versions that cannot be parsed, so nothing can be compared with them
 * @param note why there is no version, for a subject without any
 */
public record SubjectHistory(List<VersionedSchema> versions, List<Problem> problems, String note) {
  public SubjectHistory {
    versions = List.copyOf(versions);
    problems = List.copyOf(problems);
  }

  public static SubjectHistory none(String note) {
    return new SubjectHistory(List.of(), List.of(), note);
  }
}
