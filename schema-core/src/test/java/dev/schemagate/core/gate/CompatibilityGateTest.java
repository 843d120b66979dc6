package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.avroRecord;
import static dev.schemagate.core.gate.LocalFiles.byFileName;
import static dev.schemagate.core.gate.LocalFiles.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.Outcome;
import dev.schemagate.core.report.SubjectResult;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompatibilityGateTest {
  private static final String ID = "{\"name\":\"id\",\"type\":\"string\"}";
  private static final String OLD = avroRecord("OrderPlaced", ID);

  /** A baseline holding version 1 of OrderPlaced, whose source says every subject is FULL. */
  private static History baselineSayingFull() {
    BaselineHistory files = new BaselineHistory(catalog("src/baseline", Map.of("OrderPlaced.avsc", OLD)), null, "baseline src/baseline");
    return new History() {
      @Override
      public String describe() {
        return files.describe();
      }

      @Override
      public SubjectHistory of(SubjectFile file) {
        return files.of(file);
      }

      @Override
      public Optional<CompatibilityLevel> level(String subject) {
        return Optional.of(CompatibilityLevel.FULL);
      }
    };
  }

  private static SubjectResult check(String newSchema, LevelChoice levels) {
    GateReport report = new CompatibilityGate(baselineSayingFull(), levels, CompatibilityChecker.create())
        .check("check", byFileName(catalog("src/main/schemas", Map.of("OrderPlaced.avsc", newSchema))));
    assertThat(report.against()).isEqualTo("baseline src/baseline");
    return report.results().get(0);
  }

  @Test
  void a_compatible_schema_names_the_versions_and_the_level_the_source_holds() {
    SubjectResult result = check(avroRecord("OrderPlaced", ID + ",{\"name\":\"n\",\"type\":\"int\",\"default\":0}"), LevelChoice.defaults());

    assertThat(result.outcome()).isEqualTo(Outcome.COMPATIBLE);
    assertThat(result.level()).isEqualTo(CompatibilityLevel.FULL);
    assertThat(result.versionsCompared()).containsExactly(1);
    assertThat(result.file()).isEqualTo("src/main/schemas/OrderPlaced.avsc");
  }

  @Test
  void every_incompatibility_becomes_a_problem_located_in_the_new_file() {
    SubjectResult result = check(avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"int\"},{\"name\":\"n\",\"type\":\"int\"}"),
        new LevelChoice(CompatibilityLevel.BACKWARD, Map.of(), null, Map.of()));

    assertThat(result.outcome()).isEqualTo(Outcome.INCOMPATIBLE);
    assertThat(result.problems()).extracting(p -> p.location() + " " + p.rule() + " " + p.oldVersion()).containsExactlyInAnyOrder(
        "src/main/schemas/OrderPlaced.avsc#/fields/0/type TYPE_MISMATCH 1",
        "src/main/schemas/OrderPlaced.avsc#/fields/1 READER_FIELD_MISSING_DEFAULT_VALUE 1");
  }

  @Test
  void level_none_is_not_checked() {
    SubjectResult result = check(avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"int\"}"),
        new LevelChoice(null, Map.of("OrderPlaced", CompatibilityLevel.NONE), null, Map.of()));

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_CHECKED);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void an_invalid_local_schema_is_reported_with_its_problems_and_not_compared() {
    SubjectResult result = check(avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"Missing\"}"), LevelChoice.defaults());

    assertThat(result.outcome()).isEqualTo(Outcome.INVALID);
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.location()).isEqualTo("src/main/schemas/OrderPlaced.avsc#/fields/0/type"));
  }

  @Test
  void a_subject_without_history_is_new_with_the_source_note() {
    GateReport report = new CompatibilityGate(baselineSayingFull(), LevelChoice.defaults(), CompatibilityChecker.create())
        .check("check", byFileName(catalog("src/main/schemas", Map.of("Money.avsc", avroRecord("Money", "")))));

    assertThat(report.results()).singleElement().satisfies(result -> {
      assertThat(result.outcome()).isEqualTo(Outcome.NEW);
      assertThat(result.note()).isEqualTo("new subject, no earlier version in baseline src/baseline");
    });
  }
}
