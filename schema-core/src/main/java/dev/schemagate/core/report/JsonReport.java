package dev.schemagate.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The machine-readable report: every subject with its outcome and every problem, as JSON. */
public final class JsonReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonReport() {}

  public static ObjectNode of(GateReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("tool", "SchemaGate");
    root.put("goal", report.goal());
    if (report.against() != null) {
      root.put("against", report.against());
    }
    root.put("passed", !report.hasFailures());
    root.putObject("summary")
        .put("subjects", report.results().size())
        .put("failed", report.failures().size())
        .put("problems", report.problemCount());
    ArrayNode subjects = root.putArray("subjects");
    for (SubjectResult result : report.results()) {
      ObjectNode subject = subjects.addObject();
      subject.put("subject", result.subject());
      subject.put("file", result.file());
      subject.put("schemaType", result.type().name());
      if (result.level() != null) {
        subject.put("level", result.level().name());
      }
      if (result.policy() != null) {
        subject.put("policy", result.policy().name());
      }
      ArrayNode versions = subject.putArray("versionsCompared");
      result.versionsCompared().forEach(versions::add);
      subject.put("outcome", result.outcome().name());
      subject.put("summary", ConsoleReport.summary(result));
      ArrayNode problems = subject.putArray("problems");
      result.problems().forEach(problem -> problems.add(problem(problem)));
      if (!result.waived().isEmpty()) {
        ArrayNode waived = subject.putArray("waived");
        result.waived().forEach(problem -> waived.add(problem(problem)));
      }
    }
    return root;
  }

  private static ObjectNode problem(Problem problem) {
    ObjectNode node = NODES.objectNode();
    node.put("file", problem.file());
    node.put("pointer", problem.pointer());
    if (problem.position() != null) {
      node.put("line", problem.position().line());
      node.put("column", problem.position().column());
    }
    if (problem.rule() != null) {
      node.put("rule", problem.rule());
    }
    node.put("message", problem.message());
    if (problem.oldVersion() != null) {
      node.put("oldVersion", problem.oldVersion());
    }
    if (problem.witness() != null) {
      node.set("witness", problem.witness());
    }
    node.put("text", problem.describe());
    return node;
  }
}
