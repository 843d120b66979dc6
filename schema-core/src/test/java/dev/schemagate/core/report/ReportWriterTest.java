package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path target;

  @Test
  void writes_the_json_junit_and_markdown_reports_of_the_goal() {
    assertThat(ReportWriter.write(Reports.check(), target.resolve("schemagate"))).extracting(path -> path.getFileName().toString())
        .containsExactly("check.json", "TEST-schemagate-check.xml", "check.md");
    assertThat(target.resolve("schemagate/check.md")).isRegularFile();
  }

  @Test
  void writes_the_chosen_formats_each_under_its_own_name() throws Exception {
    assertThat(ReportWriter.write(Reports.check(), target, java.util.List.of(ReportFormat.SARIF, ReportFormat.GITHUB, ReportFormat.TEXT)))
        .extracting(path -> path.getFileName().toString())
        .containsExactly("check.sarif", "check.github.txt", "check.txt");
    assertThat(Files.readString(target.resolve("check.txt")))
        .startsWith("Money (src/main/schemas/Money.avsc): compatible with version 1 at BACKWARD\n");
    assertThat(Files.readAllLines(target.resolve("check.github.txt"))).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("::error "));
  }

  @Test
  void a_format_is_named_in_any_case_and_an_unknown_one_is_none() {
    assertThat(ReportFormat.named(" Sarif ")).contains(ReportFormat.SARIF);
    assertThat(ReportFormat.named("pdf")).isEmpty();
    assertThat(ReportFormat.names()).isEqualTo("text, json, junit, markdown, github, sarif");
  }

  @Test
  void a_report_folder_that_is_a_file_is_named_in_words() throws Exception {
    Path taken = Files.writeString(target.resolve("schemagate"), "not a folder");

    assertThat(catchThrowable(() -> ReportWriter.write(Reports.check(), taken))).hasMessage("The reports cannot be written to " + taken
        + " because " + taken + " is a file where a folder is needed; choose another reportDirectory.");
  }
}
