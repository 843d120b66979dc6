package dev.schemagate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a process on an Avro folder with a baseline folder: every format, line and column included. */
class FolderBaselineEndToEndTest {
  static final String TYPE_MISMATCH = "Field \"quantity\" changed type from \"int\" to \"string\", which Avro cannot convert, so events"
      + " written with version 1 cannot be read; keep \"int\" or change it to \"long\", \"float\" or \"double\".";
  static final String MISSING_DEFAULT = "Field \"currency\" is new and has no default, so events written with version 1 cannot be read;"
      + " add a default.";
  static final String FAILED = "SchemaGate check failed: 2 problems in 1 of 2 subjects (OrderPlaced). Fix each as its line above says;"
      + " if a break is intended, publish the schema under a new subject or lower the subject's compatibility level.";

  @TempDir Path project;

  @BeforeEach
  void copySample() {
    SchemaGateProcess.sample("avro", project);
  }

  @Test
  void text_lists_each_subject_and_problem_with_its_witness_then_says_what_to_do() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "Checking 2 schema files in src/main/schemas against baseline src/baseline",
        "Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD",
        "OrderPlaced (src/main/schemas/OrderPlaced.avsc): incompatible with version 1 at BACKWARD, 2 problems",
        "src/main/schemas/OrderPlaced.avsc#/fields/1/type: " + TYPE_MISMATCH + " [TYPE_MISMATCH] (vs version 1)",
        "    witness: {\"orderId\":\"2t70eokk2z\",\"quantity\":-118}",
        "src/main/schemas/OrderPlaced.avsc#/fields/2: " + MISSING_DEFAULT + " [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 1)",
        "    witness: {\"orderId\":\"q\",\"quantity\":-397}",
        FAILED);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void github_annotations_land_on_the_line_and_column_of_each_pointer() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "github");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "::error file=src/main/schemas/OrderPlaced.avsc,line=7,col=26,title=SchemaGate TYPE_MISMATCH::" + TYPE_MISMATCH
            + " (vs version 1) [OrderPlaced /fields/1/type]%0Awitness: {\"orderId\":\"2t70eokk2z\",\"quantity\":-118}",
        "::error file=src/main/schemas/OrderPlaced.avsc,line=8,col=5,title=SchemaGate READER_FIELD_MISSING_DEFAULT_VALUE::" + MISSING_DEFAULT
            + " (vs version 1) [OrderPlaced /fields/2]%0Awitness: {\"orderId\":\"q\",\"quantity\":-397}");
    assertThat(run.errLines()).containsExactly("Checking 2 schema files in src/main/schemas against baseline src/baseline", FAILED);
  }

  @Test
  void json_gives_every_problem_its_pointer_line_and_column() throws Exception {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "json");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("summary").toString()).isEqualTo("{\"subjects\":2,\"failed\":1,\"problems\":2}");
    JsonNode problems = report.path("subjects").get(1).path("problems");
    assertThat(problems.get(0)).isEqualTo(new ObjectMapper().readTree("""
        {"file":"src/main/schemas/OrderPlaced.avsc","pointer":"/fields/1/type","line":7,"column":26,"rule":"TYPE_MISMATCH",
         "message":%s,"oldVersion":1,"witness":{"orderId":"2t70eokk2z","quantity":-118},
         "text":%s}
        """.formatted(quoted(TYPE_MISMATCH),
        quoted("src/main/schemas/OrderPlaced.avsc#/fields/1/type: " + TYPE_MISMATCH + " [TYPE_MISMATCH] (vs version 1)"))));
    assertThat(problems.get(1).path("line").asInt()).isEqualTo(8);
    assertThat(problems.get(1).path("column").asInt()).isEqualTo(5);
  }

  @Test
  void markdown_names_each_problem_by_file_and_pointer() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "markdown");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "### SchemaGate check: 1 of 2 subjects failed",
        "",
        "Compared against baseline src/baseline.",
        "",
        "| Subject | File | Level | Result |",
        "| --- | --- | --- | --- |",
        "| Money | `src/main/schemas/Money.avsc` | BACKWARD | ✅ compatible with version 1 at BACKWARD |",
        "| OrderPlaced | `src/main/schemas/OrderPlaced.avsc` | BACKWARD | ❌ incompatible with version 1 at BACKWARD, 2 problems |",
        "",
        "#### OrderPlaced",
        "",
        "- `src/main/schemas/OrderPlaced.avsc#/fields/1/type` **TYPE_MISMATCH** (vs version 1): " + TYPE_MISMATCH,
        "  witness: `{\"orderId\":\"2t70eokk2z\",\"quantity\":-118}`",
        "- `src/main/schemas/OrderPlaced.avsc#/fields/2` **READER_FIELD_MISSING_DEFAULT_VALUE** (vs version 1): " + MISSING_DEFAULT,
        "  witness: `{\"orderId\":\"q\",\"quantity\":-397}`");
  }

  @Test
  void junit_has_one_test_case_per_subject_and_the_problems_in_the_failure() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "junit");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<testsuite name=\"schemagate.check\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\">",
        "  <testcase classname=\"schemagate.check\" name=\"Money\" file=\"src/main/schemas/Money.avsc\" time=\"0\"><system-out>compatible"
            + " with version 1 at BACKWARD</system-out></testcase>",
        "  <testcase classname=\"schemagate.check\" name=\"OrderPlaced\" file=\"src/main/schemas/OrderPlaced.avsc\" time=\"0\"><failure"
            + " message=\"incompatible with version 1 at BACKWARD, 2 problems\" type=\"INCOMPATIBLE\">OrderPlaced"
            + " (src/main/schemas/OrderPlaced.avsc): incompatible with version 1 at BACKWARD, 2 problems",
        "src/main/schemas/OrderPlaced.avsc#/fields/1/type: " + TYPE_MISMATCH + " [TYPE_MISMATCH] (vs version 1)",
        "    witness: {&quot;orderId&quot;:&quot;2t70eokk2z&quot;,&quot;quantity&quot;:-118}".replace("&quot;", "\""),
        "src/main/schemas/OrderPlaced.avsc#/fields/2: " + MISSING_DEFAULT + " [READER_FIELD_MISSING_DEFAULT_VALUE] (vs version 1)",
        "    witness: {\"orderId\":\"q\",\"quantity\":-397}",
        "</failure></testcase>",
        "</testsuite>");
  }

  @Test
  void sarif_locates_each_result_by_region() throws Exception {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--format", "sarif");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode results = new ObjectMapper().readTree(run.out()).path("runs").get(0).path("results");
    assertThat(results.findValuesAsText("ruleId")).containsExactly("TYPE_MISMATCH", "READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(results.get(0).path("locations").get(0).path("physicalLocation").toString()).isEqualTo(
        "{\"artifactLocation\":{\"uri\":\"src/main/schemas/OrderPlaced.avsc\"},\"region\":{\"startLine\":7,\"startColumn\":26}}");
    assertThat(results.get(1).path("locations").get(0).path("physicalLocation").path("region").toString())
        .isEqualTo("{\"startLine\":8,\"startColumn\":5}");
  }

  @Test
  void several_formats_are_written_to_files_at_once() throws Exception {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline",
        "-o", "sarif=build/schemagate.sarif", "-o", "JUnit=build/TEST-schemagate.xml", "--output", "github=build/annotations.txt");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.lastLine()).isEqualTo(FAILED);
    assertThat(new ObjectMapper().readTree(project.resolve("build/schemagate.sarif").toFile()).path("version").asText()).isEqualTo("2.1.0");
    assertThat(Files.readString(project.resolve("build/TEST-schemagate.xml"))).contains("<testsuite name=\"schemagate.check\" tests=\"2\"");
    assertThat(Files.readAllLines(project.resolve("build/annotations.txt"))).hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("::error file=src/main/schemas/OrderPlaced.avsc,line="));
  }

  @Test
  void a_compatible_change_passes_with_exit_code_0() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--subject-compatibility",
        "OrderPlaced=NONE");

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly(
        "Checking 2 schema files in src/main/schemas against baseline src/baseline",
        "Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD",
        "OrderPlaced (src/main/schemas/OrderPlaced.avsc): not checked, its compatibility level is NONE",
        "SchemaGate check passed: 2 subjects, no problem against baseline src/baseline.");
  }

  @Test
  void validate_passes_valid_files_and_fails_a_broken_one_at_its_line_and_column() throws Exception {
    assertThat(SchemaGateProcess.run(project, "validate").outLines()).containsExactly(
        "Validating 2 schema files in src/main/schemas",
        "Money (src/main/schemas/Money.avsc): valid AVRO schema",
        "OrderPlaced (src/main/schemas/OrderPlaced.avsc): valid AVRO schema",
        "SchemaGate validate passed: 2 schema files valid.");
    Files.writeString(project.resolve("src/main/schemas/Money.avsc"), "{\n  \"type\": \"record\",\n  \"name\": \"Money\"\n}\n");

    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "validate", "--format", "github");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).singleElement().asString().startsWith("::error file=src/main/schemas/Money.avsc,line=1,col=1,title=SchemaGate INVALID::");
    assertThat(run.errLines()).last().asString()
        .startsWith("SchemaGate validate failed: 1 of 2 schema files is invalid (src/main/schemas/Money.avsc).");
  }

  @Test
  void usage_and_configuration_errors_exit_with_2_and_say_what_to_do() {
    SchemaGateProcess.Run both = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--registry", "http://127.0.0.1:1");
    SchemaGateProcess.Run missing = SchemaGateProcess.run(project, "check", "--baseline", "src/nowhere");
    SchemaGateProcess.Run level = SchemaGateProcess.run(project, "check", "--baseline", "src/baseline", "--compatibility", "SIDEWAYS");
    SchemaGateProcess.Run format = SchemaGateProcess.run(project, "validate", "-o", "pdf=x.pdf");

    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.lastLine()).isEqualTo("check is given both --baseline and --registry; give one of them.");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.lastLine()).isEqualTo("The baseline folder src/nowhere does not exist; point baseline at a folder of earlier schemas,"
        + " or write git:<ref> to compare with a commit (e.g. git:origin/main).");
    assertThat(level.exit()).isEqualTo(2);
    assertThat(level.errLines()).containsExactly("Invalid value for option '--compatibility': expected one of [NONE, BACKWARD,"
        + " BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE] (case-insensitive) but was 'SIDEWAYS'",
        "Run 'schemagate check --help' to see its options.");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.lastLine()).isEqualTo("Run 'schemagate validate --help' to see its options.");
  }

  private static String quoted(String text) throws Exception {
    return new ObjectMapper().writeValueAsString(text);
  }
}
