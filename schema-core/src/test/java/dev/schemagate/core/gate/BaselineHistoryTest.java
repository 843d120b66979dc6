package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.avroRecord;
import static dev.schemagate.core.gate.LocalFiles.byFileName;
import static dev.schemagate.core.gate.LocalFiles.catalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.report.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineHistoryTest {
  private static final String V1 = avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"string\"}");
  private static final String V2 = avroRecord("OrderPlaced",
      "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"total\",\"type\":\"Money\"}");
  private static final String MONEY = avroRecord("Money", "{\"name\":\"amount\",\"type\":\"long\"}");

  private final SchemaCatalog current = catalog("src/main/schemas", Map.of("OrderPlaced.avsc", V2, "Money.avsc", MONEY));

  private SubjectHistory historyOf(Map<String, String> baseline, String path) {
    BaselineHistory history = new BaselineHistory(catalog("src/baseline", baseline), current, "baseline src/baseline");
    return history.of(byFileName(current).stream().filter(f -> f.local().file().path().equals(path)).findFirst().orElseThrow());
  }

  @Test
  void a_flat_baseline_file_is_the_one_earlier_version() {
    SubjectHistory history = historyOf(Map.of("OrderPlaced.avsc", V1), "OrderPlaced.avsc");

    assertThat(history.versions()).extracting(VersionedSchema::version).containsExactly(1);
    assertThat(history.problems()).isEmpty();
  }

  @Test
  void a_folder_per_subject_gives_every_version_oldest_first() {
    SubjectHistory history = historyOf(Map.of("OrderPlaced/1.avsc", V1, "OrderPlaced/2.avsc", V2, "Money.avsc", MONEY),
        "OrderPlaced.avsc");

    assertThat(history.versions()).extracting(VersionedSchema::version).containsExactly(1, 2);
  }

  @Test
  void an_old_version_uses_shared_types_the_baseline_lacks_from_the_current_schemas() {
    SubjectHistory history = historyOf(Map.of("OrderPlaced/1.avsc", V2), "OrderPlaced.avsc");

    assertThat(history.problems()).isEmpty();
    assertThat(history.versions()).hasSize(1);
  }

  @Test
  void a_subject_the_baseline_lacks_is_new_with_a_note() {
    SubjectHistory history = historyOf(Map.of(), "Money.avsc");

    assertThat(history.versions()).isEmpty();
    assertThat(history.note()).isEqualTo("new subject, no earlier version in baseline src/baseline");
  }

  @Test
  void an_old_version_that_does_not_parse_is_a_located_problem_of_the_baseline_file() {
    SubjectHistory history = historyOf(Map.of("OrderPlaced/1.avsc", V1, "OrderPlaced/2.avsc",
        avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"Missing\"}")), "OrderPlaced.avsc");

    assertThat(history.versions()).extracting(VersionedSchema::version).containsExactly(1);
    assertThat(history.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.location()).isEqualTo("src/baseline/OrderPlaced/2.avsc#/fields/0/type");
      assertThat(problem.message()).isEqualTo("Version 2 of subject \"OrderPlaced\" cannot be parsed, so nothing can be compared with"
          + " it: The type \"Missing\" is not defined; define it in this schema or add a reference to the schema that defines it.");
    });
  }

  @Test
  void when_the_baseline_is_the_schema_folder_only_history_folders_are_earlier_versions(@TempDir Path project) throws Exception {
    Path schemas = project.resolve("src/main/schemas");
    Files.createDirectories(schemas.resolve("OrderPlaced"));
    Files.writeString(schemas.resolve("OrderPlaced/1.avsc"), V1);
    Files.writeString(schemas.resolve("OrderPlaced.avsc"), V2);
    Files.writeString(schemas.resolve("Money.avsc"), MONEY);
    SchemaCatalog local = SchemaCatalog.load(SchemaFiles.directory(schemas, "src/main/schemas"));

    History history = Baselines.open("src/main/schemas", project, schemas, local);

    List<SubjectFile> files = byFileName(local);
    assertThat(history.of(files.get(1)).versions()).extracting(VersionedSchema::version).containsExactly(1);
    assertThat(history.of(files.get(0)).note()).isEqualTo("new subject, no earlier version in baseline src/main/schemas");
  }

  @Test
  void a_baseline_folder_that_does_not_exist_is_a_clear_error(@TempDir Path project) {
    Throwable thrown = catchThrowable(() -> Baselines.open("src/baseline", project, project.resolve("src/main/schemas"), null));

    assertThat(thrown).hasMessage("The baseline folder src/baseline does not exist; point baseline at a folder of earlier schemas,"
        + " or write git:<ref> to compare with a commit (e.g. git:origin/main).");
  }

  @Test
  void problems_of_the_baseline_name_no_rule() {
    SubjectHistory history = historyOf(Map.of("OrderPlaced.avsc", "{"), "OrderPlaced.avsc");

    assertThat(history.problems()).extracting(Problem::rule).containsExactly((String) null);
  }
}
