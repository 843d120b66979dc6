package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.List;

/** How compatibility reports and schema problems are written into responses. */
final class Reports {
  /** The field holding our structured reasons next to Confluent's string {@code messages}. */
  static final String INCOMPATIBILITIES = "incompatibilities";

  private Reports() {}

  /** The field listing what the LENIENT policy let through; never part of {@code messages}. */
  static final String WAIVED = "waived";

  /**
   * {@code {"is_compatible": b}}; verbose adds {@code messages} (strings), the structured reasons and,
   * when the policy let differences through, {@code waived} in the same shape as the reasons.
   */
  static ObjectNode compatibility(CompatibilityReport report, boolean verbose) {
    ObjectNode node = Http.object();
    node.put("is_compatible", report.isCompatible());
    if (verbose) {
      ArrayNode messages = node.putArray("messages");
      report.messages().forEach(messages::add);
      node.set(INCOMPATIBILITIES, incompatibilities(report.incompatibilities()));
      if (!report.waived().isEmpty()) {
        node.set(WAIVED, incompatibilities(report.waived()));
      }
    }
    return node;
  }

  /** {@code {"is_compatible": b}}: the answer to a check that is not verbose. */
  static ObjectNode verdict(boolean compatible) {
    ObjectNode node = Http.object();
    node.put("is_compatible", compatible);
    return node;
  }

  /** One object per reason; {@code witness} is left out when there is none and is JSON null when the witness is null. */
  static ArrayNode incompatibilities(List<Incompatibility> incompatibilities) {
    ArrayNode array = Http.MAPPER.createArrayNode();
    for (Incompatibility incompatibility : incompatibilities) {
      ObjectNode item = array.addObject();
      item.put("rule", incompatibility.rule().name());
      item.put("path", incompatibility.path());
      item.put("oldVersion", incompatibility.oldVersion());
      item.put("direction", incompatibility.direction().name());
      item.put("message", incompatibility.message());
      incompatibility.witnessIfAny().ifPresent(witness -> item.set("witness", witness));
    }
    return array;
  }

  static ArrayNode problems(List<SchemaProblem> problems) {
    ArrayNode array = Http.MAPPER.createArrayNode();
    for (SchemaProblem problem : problems) {
      ObjectNode item = array.addObject();
      item.put("pointer", problem.pointer());
      if (problem.line() > 0) {
        item.put("line", problem.line());
        item.put("column", problem.column());
      }
      item.put("message", problem.message());
    }
    return array;
  }
}
