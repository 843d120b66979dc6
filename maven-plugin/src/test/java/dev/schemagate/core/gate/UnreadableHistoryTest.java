package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.avroRecord;
import static dev.schemagate.core.gate.LocalFiles.byFileName;
import static dev.schemagate.core.gate.LocalFiles.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.report.ConsoleReport;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.Outcome;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An earlier version that cannot be parsed fails its subject alone, with a located sentence; every other subject is checked. */
class UnreadableHistoryTest {
  private static final String ID = "{\"name\":\"id\",\"type\":\"string\"}";
  private static final String GOOD = avroRecord("OrderPlaced", ID);
  private static final String BROKEN = avroRecord("OrderPlaced", ID + ",{\"name\":\"total\",\"type\":\"Money\"}");
  private static final Map<String, String> LOCAL = Map.of(
      "OrderPlaced.avsc", avroRecord("OrderPlaced", ID + ",{\"name\":\"n\",\"type\":\"int\",\"default\":0}"),
      "PaymentFailed.avsc", avroRecord("PaymentFailed", ID));

  private final ScriptedRegistry registry = new ScriptedRegistry();

  UnreadableHistoryTest() throws IOException {}

  @AfterEach
  void stop() {
    registry.close();
  }

  private GateReport check(History history, CompatibilityLevel level) {
    return new CompatibilityGate(history, new LevelChoice(level, Map.of(), null, Map.of()), CompatibilityChecker.create())
        .check("check", byFileName(catalog("src/main/schemas", LOCAL)));
  }

  private static java.util.List<String> lines(GateReport report) {
    return ConsoleReport.lines(report).stream().map(ConsoleReport.Line::text).toList();
  }

  @Test
  void a_latest_registry_version_that_does_not_parse_fails_that_subject_only() {
    registry.subject("OrderPlaced", GOOD, BROKEN).subject("PaymentFailed", avroRecord("PaymentFailed", ID));

    GateReport report = check(new RegistryHistory(registry.client()), CompatibilityLevel.BACKWARD);

    assertThat(lines(report)).containsExactly(
        "OrderPlaced (src/main/schemas/OrderPlaced.avsc): cannot be checked at BACKWARD: version 2 cannot be parsed, 1 problem",
        registry.url() + "/subjects/OrderPlaced/versions/2#/fields/1/type: Version 2 of subject \"OrderPlaced\" cannot be parsed,"
            + " so nothing can be compared with it: The type \"Money\" is not defined; define it in this schema or add a reference"
            + " to the schema that defines it.",
        "PaymentFailed (src/main/schemas/PaymentFailed.avsc): compatible with version 1 at BACKWARD");
    assertThat(report.results().get(0).outcome()).isEqualTo(Outcome.HISTORY_INVALID);
  }

  @Test
  void an_old_version_that_does_not_parse_stops_only_the_levels_that_compare_with_it() {
    registry.subject("OrderPlaced", BROKEN, GOOD).subject("PaymentFailed", avroRecord("PaymentFailed", ID));
    History history = new RegistryHistory(registry.client());

    assertThat(lines(check(history, CompatibilityLevel.BACKWARD)))
        .startsWith("OrderPlaced (src/main/schemas/OrderPlaced.avsc): compatible with version 2 at BACKWARD");
    assertThat(lines(check(history, CompatibilityLevel.FULL_TRANSITIVE)))
        .startsWith("OrderPlaced (src/main/schemas/OrderPlaced.avsc): cannot be checked at FULL_TRANSITIVE: version 1 cannot be parsed, 1 problem");
  }

  @Test
  void a_version_whose_reference_the_registry_no_longer_has_is_named_with_the_registry_answer() {
    registry.subject("OrderPlaced", GOOD, BROKEN).subject("PaymentFailed", avroRecord("PaymentFailed", ID))
        .answer("/subjects/OrderPlaced/versions/2", "{\"subject\":\"OrderPlaced\",\"version\":2,\"id\":2,\"schema\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(BROKEN)
            + ",\"references\":[{\"name\":\"Money\",\"subject\":\"Money\",\"version\":1}]}");

    GateReport report = check(new RegistryHistory(registry.client()), CompatibilityLevel.BACKWARD);

    assertThat(report.results().get(0).problems()).singleElement().satisfies(problem -> assertThat(problem.describe()).isEqualTo(
        registry.url() + "/subjects/OrderPlaced/versions/2#: Version 2 of subject \"OrderPlaced\" cannot be parsed, so nothing can be"
            + " compared with it: Could not get version 1 of subject \"Money\": the registry at " + registry.url()
            + "/subjects/Money/versions/1 answered HTTP 404, error code 40401: Subject not found."));
    assertThat(report.results().get(1).outcome()).isEqualTo(Outcome.COMPATIBLE);
  }

  @Test
  void a_baseline_version_that_does_not_parse_fails_that_subject_only() {
    History baseline = new BaselineHistory(catalog("src/baseline", Map.of(
        "OrderPlaced/1.avsc", GOOD, "OrderPlaced/2.avsc", BROKEN, "PaymentFailed.avsc", avroRecord("PaymentFailed", ID))),
        null, "baseline src/baseline");

    assertThat(lines(check(baseline, CompatibilityLevel.BACKWARD))).containsExactly(
        "OrderPlaced (src/main/schemas/OrderPlaced.avsc): cannot be checked at BACKWARD: version 2 cannot be parsed, 1 problem",
        "src/baseline/OrderPlaced/2.avsc#/fields/1/type: Version 2 of subject \"OrderPlaced\" cannot be parsed, so nothing can be"
            + " compared with it: The type \"Money\" is not defined; define it in this schema or add a reference to the schema that"
            + " defines it.",
        "PaymentFailed (src/main/schemas/PaymentFailed.avsc): compatible with version 1 at BACKWARD");
  }
}
