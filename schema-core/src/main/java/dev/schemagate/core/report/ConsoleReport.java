package dev.schemagate.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words a goal logs: one line per subject, and beneath a failing subject one line per problem
 * with its witness, and beneath any subject what its policy waived; then the one message the build fails with.
 */
public final class ConsoleReport {
  /** A line to log; {@code error} lines go to the error level. */
  public record Line(boolean error, String text) {}

  private ConsoleReport() {}

  public static List<Line> lines(GateReport report) {
    List<Line> lines = new ArrayList<>();
    for (SubjectResult result : report.results()) {
      boolean failed = result.outcome().isFailure();
      lines.add(new Line(failed, result.subject() + " (" + result.file() + "): " + summary(result)));
      if (failed) {
        for (Problem problem : result.problems()) {
          lines.add(new Line(true, problem.describe()));
          if (problem.witness() != null) {
            lines.add(new Line(true, "    witness: " + problem.witness()));
          }
        }
      }
      for (Problem problem : result.waived()) {
        lines.add(new Line(false, "  waived by " + result.policy() + ": " + problem.describe()));
        if (problem.witness() != null) {
          lines.add(new Line(false, "    witness: " + problem.witness()));
        }
      }
    }
    return lines;
  }

  /** What became of the subject, as the words after its name. */
  public static String summary(SubjectResult result) {
    return switch (result.outcome()) {
      case VALID -> "valid " + result.type() + " schema";
      case COMPATIBLE -> "compatible with " + versions(result.versionsCompared()) + " at " + result.level();
      case NOT_CHECKED -> "not checked, its compatibility level is NONE";
      case INVALID -> "invalid " + result.type() + " schema, " + count(result.problems().size(), "problem");
      case HISTORY_INVALID ->
          "cannot be checked at " + result.level() + ": " + result.note() + ", " + count(result.problems().size(), "problem");
      case INCOMPATIBLE ->
          "incompatible with " + versions(failingVersions(result)) + " at " + result.level() + ", "
              + count(result.problems().size(), "problem");
      case NEW, REGISTERED, UNCHANGED, WOULD_REGISTER, REFUSED -> result.note();
    };
  }

  /**
   * The message the build fails with: how many problems in which subjects, and how to fix them.
   *
   * @param reportDirectory where the reports were written, as the user sees it
   */
  public static String failureMessage(GateReport report, String reportDirectory) {
    return failureMessage(report) + " Reports: " + reportDirectory + ".";
  }

  /** The message a failed goal ends with: how many problems in which subjects, and how to fix them. */
  public static String failureMessage(GateReport report) {
    List<SubjectResult> failures = report.failures();
    String what = report.goal().equals("validate")
        ? failures.size() + " of " + count(report.results().size(), "schema file") + (failures.size() == 1 ? " is" : " are")
            + " invalid (" + failures.stream().map(SubjectResult::file).collect(Collectors.joining(", ")) + ")"
        : count(report.problemCount(), "problem") + " in " + failures.size() + " of " + report.results().size()
            + " subjects (" + failures.stream().map(SubjectResult::subject).collect(Collectors.joining(", ")) + ")";
    String hint = report.goal().equals("validate")
        ? "Fix each problem listed above."
        : "Fix each as its line above says; if a break is intended, publish the schema under a new subject"
            + " or lower the subject's compatibility level.";
    return "SchemaGate " + report.goal() + " failed: " + what + ". " + hint;
  }

  /** The message a goal that passed ends with. */
  public static String passMessage(GateReport report) {
    String what = report.goal().equals("validate") ? count(report.results().size(), "schema file") + " valid"
        : count(report.results().size(), "subject") + ", no problem" + (report.against() == null ? "" : " against " + report.against());
    return "SchemaGate " + report.goal() + " passed: " + what + ".";
  }

  private static List<Integer> failingVersions(SubjectResult result) {
    return result.problems().stream().map(Problem::oldVersion).filter(v -> v != null).distinct().sorted().toList();
  }

  /** {@code version 3}, {@code versions 1 and 2}, {@code versions 1, 2 and 3}. */
  public static String versions(List<Integer> versions) {
    if (versions.isEmpty()) {
      return "no version";
    }
    if (versions.size() == 1) {
      return "version " + versions.get(0);
    }
    List<String> texts = versions.stream().map(String::valueOf).toList();
    return "versions " + String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
  }

  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
