package dev.schemagate.core.report;

/** The report for a pull-request comment: a table of subjects, then the problems of each failing one. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String of(GateReport report) {
    StringBuilder md = new StringBuilder();
    int failed = report.failures().size();
    md.append("### SchemaGate ").append(report.goal()).append(": ")
        .append(headline(failed, report.results().size()))
        .append("\n\n");
    if (report.against() != null) {
      md.append("Compared against ").append(cell(report.against())).append(".\n\n");
    }
    md.append("| Subject | File | Level | Result |\n| --- | --- | --- | --- |\n");
    for (SubjectResult result : report.results()) {
      md.append("| ").append(cell(result.subject()))
          .append(" | `").append(cell(result.file())).append('`')
          .append(" | ").append(result.level() == null ? "" : result.level().name())
          .append(" | ").append(result.outcome().isFailure() ? "❌ " : "✅ ").append(cell(ConsoleReport.summary(result)))
          .append(" |\n");
    }
    for (SubjectResult result : report.failures()) {
      md.append("\n#### ").append(cell(result.subject())).append("\n\n");
      problems(md, result.problems());
    }
    for (SubjectResult result : report.results()) {
      if (!result.waived().isEmpty()) {
        md.append("\n#### ").append(cell(result.subject())).append(": waived by ").append(result.policy()).append("\n\n");
        problems(md, result.waived());
      }
    }
    return md.toString();
  }

  private static void problems(StringBuilder md, java.util.List<Problem> problems) {
    for (Problem problem : problems) {
      md.append("- `").append(problem.location()).append("`");
      if (problem.rule() != null) {
        md.append(" **").append(problem.rule()).append("**");
      }
      if (problem.oldVersion() != null) {
        md.append(" (vs version ").append(problem.oldVersion()).append(')');
      }
      md.append(": ").append(problem.message()).append('\n');
      if (problem.witness() != null) {
        md.append("  witness: `").append(problem.witness().toString().replace("`", "\\`")).append("`\n");
      }
    }
  }

  private static String headline(int failed, int subjects) {
    if (failed > 0) {
      return failed + " of " + subjects + (subjects == 1 ? " subject failed" : " subjects failed");
    }
    return subjects == 1 ? "the subject passed" : "all " + subjects + " subjects passed";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
