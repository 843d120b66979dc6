package dev.schemagate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF the jar writes validates against the SARIF 2.1.0 JSON schema, as OASIS published it
 * (2.1.0-rtm.5), obtained from an npm package that ships it; see {@link SarifSchemaFile}.
 */
class SarifSchemaEndToEndTest {
  private static Schema sarif;

  @TempDir Path project;

  @BeforeAll
  static void loadTheSchema() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(SarifSchemaFile.obtain(Path.of("target", "sarif-schema")));
    sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
  }

  @Test
  void the_sarif_of_a_failing_check_is_valid_sarif_2_1_0() throws Exception {
    SchemaGateProcess.sample("avro", project);

    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "sarif");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode log = new ObjectMapper().readTree(run.out());
    assertThat(log.path("runs").get(0).path("results")).hasSize(2);
    assertThat(sarif.validate(log)).isEmpty();
  }

  @Test
  void the_sarif_of_invalid_files_and_of_a_passing_check_is_valid_too() throws Exception {
    SchemaGateProcess.sample("avro", project);
    Files.writeString(project.resolve("src/main/schemas/Money.avsc"), "{\"type\": \"record\", \"name\": \"Money\"");

    SchemaGateProcess.Run invalid = SchemaGateProcess.run(project, "validate", "--format", "sarif");
    SchemaGateProcess.Run passing = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "sarif",
        "--schemas", "src/baseline");

    assertThat(invalid.exit()).isEqualTo(1);
    assertThat(sarif.validate(new ObjectMapper().readTree(invalid.out()))).isEmpty();
    assertThat(passing.exit()).isEqualTo(0);
    assertThat(new ObjectMapper().readTree(passing.out()).path("runs").get(0).path("results")).isEmpty();
    assertThat(sarif.validate(new ObjectMapper().readTree(passing.out()))).isEmpty();
  }

  @Test
  void the_schema_would_refuse_a_log_without_its_version_or_with_a_line_0() throws Exception {
    SchemaGateProcess.sample("avro", project);
    ObjectNode log = (ObjectNode) new ObjectMapper().readTree(
        SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "sarif").out());
    ObjectNode region = (ObjectNode) log.path("runs").get(0).path("results").get(0).path("locations").get(0)
        .path("physicalLocation").path("region");

    region.put("startLine", 0);
    assertThat(sarif.validate(log)).isNotEmpty();
    region.put("startLine", 7);
    log.remove("version");
    assertThat(sarif.validate(log)).isNotEmpty();
  }
}
