package dev.schemagate.core.gate;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.report.ConsoleReport;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.Outcome;
import dev.schemagate.core.report.Problem;
import dev.schemagate.core.report.SubjectResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every local schema against its subject's history, collecting every problem of every subject. */
public final class CompatibilityGate {
  private final History history;
  private final LevelChoice levels;
  private final CompatibilityChecker checker;

  public CompatibilityGate(History history, LevelChoice levels, CompatibilityChecker checker) {
    this.history = history;
    this.levels = levels;
    this.checker = checker;
  }

  public History history() {
    return history;
  }

  public GateReport check(String goal, List<SubjectFile> files) {
    return new GateReport(goal, history.describe(), files.stream().map(this::check).toList());
  }

  public SubjectResult check(SubjectFile file) {
    String subject = file.subject();
    if (!file.local().isValid()) {
      return result(file, null, null, List.of(), Outcome.INVALID, null, invalid(file));
    }
    SubjectHistory earlier = history.of(file);
    if (earlier.isEmpty()) {
      return result(file, null, null, List.of(), Outcome.NEW, earlier.note(), List.of());
    }
    CompatibilityLevel level = levels.levelOf(subject, () -> history.level(subject));
    if (level == CompatibilityLevel.NONE) {
      return result(file, level, null, List.of(), Outcome.NOT_CHECKED, null, List.of());
    }
    List<Integer> unreadable = earlier.unreadableAt(level);
    if (!unreadable.isEmpty()) {
      return result(file, level, null, List.of(), Outcome.HISTORY_INVALID,
          ConsoleReport.versions(unreadable) + " cannot be parsed", earlier.problemsOf(unreadable));
    }
    // the source is asked for a policy only where the language is judged by one
    boolean judgedByPolicy = SchemaLanguages.of(file.local().schema().type()).judgedByPolicy();
    CompatibilityPolicy policy = levels.policyOf(subject, judgedByPolicy ? () -> history.policy(subject) : Optional::empty);
    CompatibilityReport report = checker.check(file.local().schema(), earlier.versions(), level, policy);
    List<Integer> compared = report.versionsCompared().stream().sorted().toList();
    List<Problem> waived = problems(report.waived(), file);
    if (report.isCompatible()) {
      return result(file, level, policy, compared, Outcome.COMPATIBLE, null, List.of()).withWaived(waived);
    }
    return result(file, level, policy, compared, Outcome.INCOMPATIBLE, null, problems(report.incompatibilities(), file))
        .withWaived(waived);
  }

  private static List<Problem> problems(List<Incompatibility> found, SubjectFile file) {
    List<Problem> problems = new ArrayList<>();
    found.forEach(one -> problems.add(Problem.of(one, file.displayPath()).locatedIn(file.local().file().text())));
    problems.sort(Problem.ORDER);
    return problems;
  }

  /** The problems of a local schema that cannot be parsed. */
  static List<Problem> invalid(SubjectFile file) {
    return file.local().problems().stream().map(problem -> Problem.of(problem, file.displayPath()).locatedIn(file.local().file().text())).toList();
  }

  private static SubjectResult result(
      SubjectFile file, CompatibilityLevel level, CompatibilityPolicy policy, List<Integer> compared,
      Outcome outcome, String note, List<Problem> problems) {
    return new SubjectResult(file.subject(), file.displayPath(), file.local().file().type(), level, policy, compared,
        outcome, note, problems);
  }
}
