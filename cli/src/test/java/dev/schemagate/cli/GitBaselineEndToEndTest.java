package dev.schemagate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a process on a JSON Schema folder in a git repository, checked against a commit. */
class GitBaselineEndToEndTest {
  static final String TYPE_CHANGED = "The type of \"email\" changed from \"string\" to \"integer\", so data written with version 1 that"
      + " holds a string in \"email\" is rejected; keep accepting \"string\".";
  static final String REQUIRED = "Property \"customerId\" became required, so data written with version 1 that lacks it is rejected;"
      + " keep \"customerId\" optional.";

  @TempDir Path repository;

  @BeforeEach
  void commitTheFirstVersionThenEditIt() throws Exception {
    Path samples = SchemaGateProcess.sample("json", repository.resolve("samples"));
    Path schemas = Files.createDirectories(repository.resolve("events/src/main/schemas"));
    Files.copy(samples.resolve("v1/CustomerRegistered.json"), schemas.resolve("CustomerRegistered.json"));
    git("init", "-q");
    git("add", "events");
    git("-c", "user.name=SchemaGate", "-c", "user.email=tests@schemagate.dev", "commit", "-q", "-m", "first version");
    Files.copy(samples.resolve("v2/CustomerRegistered.json"), schemas.resolve("CustomerRegistered.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void text_names_the_commit_and_every_break() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(repository, "check", "--schemas", "events/src/main/schemas", "--baseline", "git:HEAD");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "Checking 1 schema file in events/src/main/schemas against git:HEAD",
        "CustomerRegistered (events/src/main/schemas/CustomerRegistered.json): incompatible with version 1 at BACKWARD, 2 problems",
        "events/src/main/schemas/CustomerRegistered.json#/properties/email/type: " + TYPE_CHANGED + " [TYPE_CHANGED] (vs version 1)",
        "    witness: {\"email\":\"\"}",
        "events/src/main/schemas/CustomerRegistered.json#/required: " + REQUIRED + " [REQUIRED_PROPERTY_ADDED] (vs version 1)",
        "    witness: {}",
        "SchemaGate check failed: 2 problems in 1 of 1 subjects (CustomerRegistered). Fix each as its line above says; if a break is"
            + " intended, publish the schema under a new subject or lower the subject's compatibility level.");
  }

  @Test
  void github_annotations_point_at_the_edited_lines() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(repository, "check", "--schemas", "events/src/main/schemas", "--baseline", "git:HEAD",
        "--format", "github");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "::error file=events/src/main/schemas/CustomerRegistered.json,line=8,col=7,title=SchemaGate TYPE_CHANGED::" + TYPE_CHANGED
            + " (vs version 1) [CustomerRegistered /properties/email/type]%0Awitness: {\"email\":\"\"}",
        "::error file=events/src/main/schemas/CustomerRegistered.json,line=11,col=3,title=SchemaGate REQUIRED_PROPERTY_ADDED::" + REQUIRED
            + " (vs version 1) [CustomerRegistered /required]%0Awitness: {}");
  }

  @Test
  void the_committed_version_itself_passes() throws Exception {
    git("checkout", "-q", "--", "events");

    SchemaGateProcess.Run run = SchemaGateProcess.run(repository, "check", "--schemas", "events/src/main/schemas", "--baseline", "git:HEAD");

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.lastLine()).isEqualTo("SchemaGate check passed: 1 subject, no problem against git:HEAD.");
  }

  @Test
  void a_commit_that_does_not_exist_is_a_configuration_error() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(repository, "check", "--schemas", "events/src/main/schemas", "--baseline",
        "git:origin/main");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.lastLine()).startsWith("The baseline git:origin/main names no commit of the git repository at ")
        .endsWith("; fetch it first (a CI checkout is often shallow: git fetch origin main) or name an existing branch, tag or commit.");
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("git %s: %s", String.join(" ", arguments), output).isZero();
  }
}
