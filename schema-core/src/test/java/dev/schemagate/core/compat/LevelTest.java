package dev.schemagate.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelTest {
  private final CompatibilityChecker checker = CompatibilityChecker.create();

  private static ParsedSchema avro(String fields) {
    return SchemaParser.parse(SchemaType.AVRO, "{\"type\":\"record\",\"name\":\"E\",\"fields\":[" + fields + "]}");
  }

  private final List<VersionedSchema> history = List.of(
      new VersionedSchema(1, avro("{\"name\":\"a\",\"type\":\"int\"}")),
      new VersionedSchema(2, avro("{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\",\"default\":0}")));
  private final ParsedSchema candidate = avro("{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\"}");

  @Test
  void backward_compares_only_with_the_latest_version() {
    CompatibilityReport report = checker.check(candidate, history, CompatibilityLevel.BACKWARD);

    assertThat(report.versionsCompared()).containsExactly(2);
    assertThat(report.isCompatible()).isTrue();
  }

  @Test
  void backward_transitive_reports_the_older_version_that_fails() {
    CompatibilityReport report = checker.check(candidate, history, CompatibilityLevel.BACKWARD_TRANSITIVE);

    assertThat(report.versionsCompared()).containsExactly(2, 1);
    assertThat(report.incompatibilities()).singleElement().satisfies(i -> {
      assertThat(i.rule()).isEqualTo(Rule.READER_FIELD_MISSING_DEFAULT_VALUE);
      assertThat(i.oldVersion()).isEqualTo(1);
      assertThat(i.direction()).isEqualTo(Direction.NEW_CANNOT_READ_OLD);
    });
  }

  @Test
  void none_compares_with_nothing() {
    CompatibilityReport report = checker.check(avro("{\"name\":\"z\",\"type\":\"string\"}"), history, CompatibilityLevel.NONE);

    assertThat(report.versionsCompared()).isEmpty();
    assertThat(report.isCompatible()).isTrue();
  }

  @Test
  void a_change_of_schema_language_is_incompatible() {
    ParsedSchema json = SchemaParser.parse(SchemaType.JSON, "{\"type\":\"object\"}");

    CompatibilityReport report = checker.check(json, history, CompatibilityLevel.FULL);

    assertThat(report.incompatibilities()).extracting(Incompatibility::rule).containsExactly(Rule.SCHEMA_TYPE_CHANGED);
  }

  @Test
  void an_empty_history_is_compatible() {
    assertThat(checker.check(candidate, List.of(), CompatibilityLevel.FULL_TRANSITIVE).isCompatible()).isTrue();
  }

  @Test
  void a_level_compares_with_nothing_the_latest_or_every_version_of_a_history_given_oldest_first() {
    List<Integer> versions = List.of(1, 2, 5);
    for (CompatibilityLevel level : CompatibilityLevel.values()) {
      List<Integer> expected = level == CompatibilityLevel.NONE ? List.of() : level.isTransitive() ? versions : List.of(5);
      assertThat(level.comparedWith(versions)).as(level.name()).isEqualTo(expected);
      assertThat(level.comparedWith(List.of())).as(level.name()).isEmpty();
    }
    assertThat(CompatibilityLevel.BACKWARD_TRANSITIVE.comparedWith(versions)).containsExactly(1, 2, 5);
    assertThat(CompatibilityLevel.FORWARD.comparedWith(versions)).containsExactly(5);
  }
}
