package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private final JsonNode sarif = SarifReport.of(Reports.check());

  @Test
  void one_run_of_schemagate_with_every_rule_it_reports_once() {
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    JsonNode driver = sarif.path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("SchemaGate");
    assertThat(driver.path("rules").findValuesAsText("id")).containsExactly("READER_FIELD_MISSING_DEFAULT_VALUE", "INVALID");
    assertThat(driver.path("rules").get(1).path("shortDescription").path("text").asText())
        .isEqualTo("The schema file cannot be parsed or breaks its language's rules.");
  }

  @Test
  void a_result_has_its_rule_message_file_region_and_pointer() throws Exception {
    JsonNode invalid = sarif.path("runs").get(0).path("results").get(1);

    assertThat(invalid).isEqualTo(new ObjectMapper().readTree("""
        {"ruleId":"INVALID","ruleIndex":1,"level":"error",
         "message":{"text":"The schema is not valid JSON: unexpected end-of-input."},
         "locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/main/schemas/Broken.json"},
                                           "region":{"startLine":3,"startColumn":7}}}],
         "properties":{"subject":"Broken","pointer":""}}
        """));
  }

  @Test
  void a_result_without_position_has_no_region_and_keeps_version_and_witness() {
    JsonNode missing = sarif.path("runs").get(0).path("results").get(0);

    assertThat(missing.path("locations").get(0).path("physicalLocation").has("region")).isFalse();
    assertThat(missing.path("properties").path("oldVersion").asInt()).isEqualTo(2);
    assertThat(missing.path("properties").path("witness").toString()).isEqualTo("{\"orderId\":\"o-1\"}");
  }
}
