package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {
  @Test
  void one_error_command_per_problem_of_a_failing_subject_with_its_line_and_column() {
    GateReport report = Reports.check();
    Problem located = Reports.MISSING_DEFAULT.locatedIn("{\n  \"fields\": [\n    {\"name\": \"a\"},\n    {\"name\": \"b\"},\n    {\"name\": \"currency\"}\n  ]\n}");

    assertThat(located.position()).isEqualTo(new Position(5, 5));
    assertThat(GitHubAnnotations.lines(new GateReport("check", null, java.util.List.of(
        report.results().get(1).then(Outcome.INCOMPATIBLE, null, java.util.List.of(located)), report.results().get(2)))))
        .containsExactly(
            "::error file=src/main/schemas/OrderPlaced.avsc,line=5,col=5,title=SchemaGate READER_FIELD_MISSING_DEFAULT_VALUE::"
                + "Field \"currency\" is new and has no default, so events written with version 2 cannot be read; add a default."
                + " (vs version 2) [OrderPlaced /fields/2]%0Awitness: {\"orderId\":\"o-1\"}",
            "::error file=src/main/schemas/Broken.json,line=3,col=7,title=SchemaGate INVALID::"
                + "The schema is not valid JSON: unexpected end-of-input. [Broken ]");
  }

  @Test
  void a_problem_without_position_names_the_file_alone() {
    assertThat(GitHubAnnotations.lines(Reports.check()).get(0))
        .startsWith("::error file=src/main/schemas/OrderPlaced.avsc,title=SchemaGate READER_FIELD_MISSING_DEFAULT_VALUE::Field");
  }

  @Test
  void properties_and_messages_are_escaped_as_the_workflow_commands_want() {
    assertThat(GitHubAnnotations.property("a,b:c%\n")).isEqualTo("a%2Cb%3Ac%25%0A");
    assertThat(GitHubAnnotations.data("50% off,\r\nnow: yes")).isEqualTo("50%25 off,%0D%0Anow: yes");
  }
}
