package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.avroRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaselineTest {
  private static final String V1 = avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"string\"}");
  private static final String V2 = avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\"}");

  @TempDir Path repository;
  private Path project;
  private Path schemas;

  @BeforeEach
  void commit_version_one_then_change_the_working_tree() throws Exception {
    project = repository.resolve("services/orders");
    schemas = project.resolve("src/main/schemas");
    Files.createDirectories(schemas.resolve("OrderPlaced"));
    Files.writeString(schemas.resolve("OrderPlaced.avsc"), V1);
    Files.writeString(schemas.resolve("OrderPlaced/1.avsc"), V1);
    Files.writeString(repository.resolve("README"), "not a schema");
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "v1");
    git("tag", "v1.0");
    Files.writeString(schemas.resolve("OrderPlaced.avsc"), V2);
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t.invalid",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }

  @Test
  void reads_the_schema_folder_as_the_commit_holds_it_from_a_project_below_the_repository_root() {
    SchemaFiles files = GitFiles.open(project, "HEAD", schemas);

    assertThat(files.paths()).containsExactly("OrderPlaced.avsc", "OrderPlaced/1.avsc");
    assertThat(files.read("OrderPlaced.avsc")).isEqualTo(V1);
    assertThat(files.origin()).isEqualTo("git:HEAD:services/orders/src/main/schemas");
  }

  @Test
  void a_tag_names_a_commit_too() {
    assertThat(SchemaCatalog.load(GitFiles.open(project, "v1.0", schemas)).schemas()).singleElement()
        .satisfies(file -> assertThat(file.text()).isEqualTo(V1));
  }

  @Test
  void a_baseline_opened_as_git_ref_compares_with_the_commit() {
    SchemaCatalog current = SchemaCatalog.load(SchemaFiles.directory(schemas, "src/main/schemas"));

    History history = Baselines.open("git:HEAD", project, schemas, current);

    assertThat(history.describe()).isEqualTo("git:HEAD");
    SubjectFile file = LocalFiles.byFileName(current).get(0);
    assertThat(history.of(file).versions()).singleElement()
        .satisfies(v -> assertThat(v.schema().text()).isEqualTo(V1));
  }

  @Test
  void a_missing_ref_is_a_clear_error() {
    Throwable thrown = catchThrowable(() -> GitFiles.open(project, "origin/main", schemas));

    assertThat(thrown).isInstanceOf(SchemaGateException.class).hasMessage(
        "The baseline git:origin/main names no commit of the git repository at " + repository.toAbsolutePath()
            + "; fetch it first (a CI checkout is often shallow: git fetch origin main) or name an existing branch, tag or commit.");
  }

  @Test
  void a_folder_outside_any_repository_is_a_clear_error(@TempDir Path elsewhere) {
    Throwable thrown = catchThrowable(() -> GitFiles.open(elsewhere, "HEAD", elsewhere.resolve("src/main/schemas")));

    assertThat(thrown).hasMessage("The baseline git:HEAD reads the project's git repository, but " + elsewhere
        + " is not inside one; use a baseline folder instead, or run the build in a clone.");
  }

  @Test
  void a_ref_that_looks_like_an_option_is_refused() {
    assertThat(catchThrowable(() -> GitFiles.open(project, "--output=x", schemas)))
        .hasMessage("The baseline \"git:--output=x\" names no git revision; write git: and a branch, tag or commit, e.g. git:origin/main.");
  }

}
