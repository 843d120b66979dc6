package dev.schemagate.core.gate;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.report.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The earlier versions of one subject.
 *
 * @param versions the versions that can be parsed, oldest first
 * @param unreadable the problems of each version that cannot be parsed, by version number
 * @param note why there is no version, for a subject without any
 */
public record SubjectHistory(List<VersionedSchema> versions, SortedMap<Integer, List<Problem>> unreadable, String note) {
  public SubjectHistory {
    versions = List.copyOf(versions);
    unreadable = new TreeMap<>(unreadable);
    unreadable.replaceAll((version, problems) -> List.copyOf(problems));
  }

  public static SubjectHistory none(String note) {
    return new SubjectHistory(List.of(), new TreeMap<>(), note);
  }

  /** The problems of a version that cannot be parsed, located in {@code where}: a baseline file, or the version's registry URL. */
  public static List<Problem> unreadable(String subject, int version, String where, List<SchemaProblem> problems) {
    return problems.stream().map(problem -> new Problem(where, problem.pointer(), problem.line(), problem.column(), null,
        "Version " + version + " of subject \"" + subject + "\" cannot be parsed, so nothing can be compared with it: "
            + problem.message(), null, null)).toList();
  }

  /** No version at all, readable or not. */
  public boolean isEmpty() {
    return versions.isEmpty() && unreadable.isEmpty();
  }

  /** The problems of every version that cannot be parsed, oldest version first. */
  public List<Problem> problems() {
    List<Problem> all = new ArrayList<>();
    unreadable.values().forEach(all::addAll);
    return all;
  }

  /**
   * The versions a check at {@code level} compares with that cannot be parsed: any for a transitive
   * level, else the latest only, so an old version that cannot be parsed does not stop a check that
   * would not look at it.
   */
  public List<Integer> unreadableAt(CompatibilityLevel level) {
    List<Integer> all = Stream.concat(versions.stream().map(VersionedSchema::version), unreadable.keySet().stream())
        .sorted().distinct().toList();
    return level.comparedWith(all).stream().filter(unreadable::containsKey).toList();
  }

  /** The problems of these versions, in their order. */
  public List<Problem> problemsOf(List<Integer> versions) {
    List<Problem> problems = new ArrayList<>();
    versions.forEach(version -> problems.addAll(unreadable.getOrDefault(version, List.of())));
    return problems;
  }
}
