package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

  @Test
  void one_line_per_subject_and_beneath_a_failing_one_each_problem_with_its_witness() {
    assertThat(ConsoleReport.lines(Reports.check())).extracting(line -> (line.error() ? "E " : "I ") + line.text()).containsExactly(
        "I Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD",
        "E OrderPlaced (src/main/schemas/OrderPlaced.avsc): incompatible with version 2 at FULL_TRANSITIVE, 1 problem",
        "E src/main/schemas/OrderPlaced.avsc#/fields/2: Field \"currency\" is new and has no default, so events written with"
            + " version 2 cannot be read; add a default. [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 2)",
        "E     witness: {\"orderId\":\"o-1\"}",
        "E Broken (src/main/schemas/Broken.json): invalid JSON schema, 1 problem",
        "E src/main/schemas/Broken.json:3:7: The schema is not valid JSON: unexpected end-of-input.",
        "I Shipment|Sent (src/main/schemas/Shipment|Sent.avsc): new subject, no earlier version in baseline src/baseline",
        "I Legacy (src/main/schemas/Legacy.avsc): not checked, its compatibility level is NONE");
  }

  @Test
  void the_build_fails_once_with_the_count_and_a_hint() {
    assertThat(ConsoleReport.failureMessage(Reports.check(), "target/schemagate")).isEqualTo(
        "SchemaGate check failed: 2 problems in 2 of 5 subjects (OrderPlaced, Broken). Fix each as its line above says;"
            + " if a break is intended, publish the schema under a new subject or lower the subject's compatibility level."
            + " Reports: target/schemagate.");
  }

  @Test
  void validate_fails_naming_the_invalid_files() {
    GateReport validation = new GateReport("validate", null, List.of(Reports.check().results().get(2), Reports.check().results().get(0)));

    assertThat(ConsoleReport.failureMessage(validation, "target/schemagate")).isEqualTo(
        "SchemaGate validate failed: 1 of 2 schema files is invalid (src/main/schemas/Broken.json). Fix each problem listed above."
            + " Reports: target/schemagate.");
  }

  @Test
  void versions_are_listed_in_plain_words() {
    assertThat(ConsoleReport.versions(List.of(3))).isEqualTo("version 3");
    assertThat(ConsoleReport.versions(List.of(1, 2))).isEqualTo("versions 1 and 2");
    assertThat(ConsoleReport.versions(List.of(1, 2, 3))).isEqualTo("versions 1, 2 and 3");
  }
}
