package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private final JsonNode report = JsonReport.of(Reports.check());

  @Test
  void the_summary_says_whether_it_passed_and_how_many_failed() throws Exception {
    assertThat(report.path("goal").asText()).isEqualTo("check");
    assertThat(report.path("against").asText()).isEqualTo("baseline src/baseline");
    assertThat(report.path("passed").asBoolean()).isFalse();
    assertThat(report.path("summary")).isEqualTo(new ObjectMapper().readTree("{\"subjects\":5,\"failed\":2,\"problems\":2}"));
  }

  @Test
  void each_problem_has_its_rule_pointer_version_witness_and_line() throws Exception {
    JsonNode order = report.path("subjects").get(1);

    assertThat(order.path("subject").asText()).isEqualTo("OrderPlaced");
    assertThat(order.path("level").asText()).isEqualTo("FULL_TRANSITIVE");
    assertThat(order.path("versionsCompared").toString()).isEqualTo("[1,2]");
    assertThat(order.path("outcome").asText()).isEqualTo("INCOMPATIBLE");
    assertThat(order.path("problems").get(0)).isEqualTo(new ObjectMapper().readTree("""
        {"file":"src/main/schemas/OrderPlaced.avsc","pointer":"/fields/2","rule":"READER_FIELD_MISSING_DEFAULT_VALUE",
         "message":"Field \\"currency\\" is new and has no default, so events written with version 2 cannot be read; add a default.",
         "oldVersion":2,"witness":{"orderId":"o-1"},
         "text":"src/main/schemas/OrderPlaced.avsc#/fields/2: Field \\"currency\\" is new and has no default, so events written with version 2 cannot be read; add a default. [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 2)"}
        """));
  }

  @Test
  void a_text_problem_has_line_and_column_and_no_rule() {
    JsonNode broken = report.path("subjects").get(2).path("problems").get(0);

    assertThat(broken.path("line").asInt()).isEqualTo(3);
    assertThat(broken.path("column").asInt()).isEqualTo(7);
    assertThat(broken.has("rule")).isFalse();
    assertThat(broken.has("witness")).isFalse();
  }
}
