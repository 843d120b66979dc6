package dev.schemagate.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.Rule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as SARIF 2.1.0, which GitHub code scanning and GitLab read: one result per problem,
 * located by file, line and column, with the JSON Pointer, the version compared with and the witness
 * as properties. Problems that are no compatibility rule carry their subject's outcome as rule id
 * ({@code INVALID}, {@code HISTORY_INVALID}, {@code REFUSED}).
 */
public final class SarifReport {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> OUTCOME_RULES = Map.of(
      "INVALID", "The schema file cannot be parsed or breaks its language's rules.",
      "HISTORY_INVALID", "An earlier version the level compares with cannot be parsed, so nothing was compared.",
      "REFUSED", "The registry refused to register the schema.");

  private SarifReport() {}

  public static ObjectNode of(GateReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "SchemaGate");
    ArrayNode rules = driver.putArray("rules");
    ArrayNode results = run.putArray("results");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (SubjectResult subject : report.failures()) {
      for (Problem problem : subject.problems()) {
        String ruleId = problem.rule() == null ? subject.outcome().name() : problem.rule();
        int index = ruleIndex.computeIfAbsent(ruleId, id -> {
          rules.addObject().put("id", id).putObject("shortDescription").put("text", purpose(id));
          return rules.size() - 1;
        });
        results.add(result(subject, problem, ruleId, index));
      }
    }
    return root;
  }

  private static ObjectNode result(SubjectResult subject, Problem problem, String ruleId, int ruleIndex) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", ruleId);
    result.put("ruleIndex", ruleIndex);
    result.put("level", "error");
    result.putObject("message").put("text",
        problem.message() + (problem.oldVersion() == null ? "" : " (vs version " + problem.oldVersion() + ")"));
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", problem.file().replace(" ", "%20"));
    if (problem.position() != null) {
      physical.putObject("region").put("startLine", problem.position().line()).put("startColumn", problem.position().column());
    }
    ObjectNode properties = result.putObject("properties");
    properties.put("subject", subject.subject());
    properties.put("pointer", problem.pointer());
    if (problem.oldVersion() != null) {
      properties.put("oldVersion", problem.oldVersion());
    }
    if (problem.witness() != null) {
      properties.set("witness", problem.witness());
    }
    return result;
  }

  private static String purpose(String id) {
    return Arrays.stream(Rule.values()).filter(rule -> rule.name().equals(id)).findFirst().map(Rule::purpose)
        .orElse(OUTCOME_RULES.getOrDefault(id, id));
  }
}
