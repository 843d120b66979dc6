package dev.schemagate.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error file=…,line=…,col=…,title=…::…} line per
 * problem, which GitHub shows on that line of the pull request's diff. Paths are as the report
 * names them; run from the repository's root so that they match the checkout.
 */
public final class GitHubAnnotations {
  private GitHubAnnotations() {}

  public static List<String> lines(GateReport report) {
    List<String> lines = new ArrayList<>();
    for (SubjectResult result : report.failures()) {
      for (Problem problem : result.problems()) {
        StringBuilder line = new StringBuilder("::error file=").append(property(problem.file()));
        if (problem.position() != null) {
          line.append(",line=").append(problem.position().line()).append(",col=").append(problem.position().column());
        }
        line.append(",title=").append(property("SchemaGate " + (problem.rule() == null ? result.outcome().name() : problem.rule())));
        String message = problem.message() + (problem.oldVersion() == null ? "" : " (vs version " + problem.oldVersion() + ")")
            + " [" + result.subject() + " " + problem.pointer() + "]"
            + (problem.witness() == null ? "" : "\nwitness: " + problem.witness());
        lines.add(line.append("::").append(data(message)).toString());
      }
    }
    return lines;
  }

  public static String of(GateReport report) {
    StringBuilder text = new StringBuilder();
    lines(report).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /** The escaping GitHub's toolkit applies to a command's message. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping GitHub's toolkit applies to a command's property values. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
