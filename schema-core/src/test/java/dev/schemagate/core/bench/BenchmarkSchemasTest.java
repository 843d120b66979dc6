package dev.schemagate.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.schema.SchemaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks measure what they say: a compatible history, and a candidate that breaks every version. */
class BenchmarkSchemasTest {
  private final CompatibilityChecker checker = CompatibilityChecker.create();

  @ParameterizedTest
  @EnumSource(names = {"AVRO", "JSON"})
  void the_compatible_candidate_is_compared_with_every_version_and_passes(SchemaType type) {
    CompatibilityReport passing = checker.check(BenchmarkSchemas.candidate(type, 5, true),
        BenchmarkSchemas.history(type, 5), CompatibilityLevel.FULL_TRANSITIVE);

    assertThat(passing.versionsCompared()).containsExactly(5, 4, 3, 2, 1);
    assertThat(passing.isCompatible()).as("%s", passing.messages()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(names = {"AVRO", "JSON"})
  void the_breaking_candidate_fails_against_every_version(SchemaType type) {
    CompatibilityReport failing = checker.check(BenchmarkSchemas.candidate(type, 5, false),
        BenchmarkSchemas.history(type, 5), CompatibilityLevel.FULL_TRANSITIVE);

    assertThat(failing.failingVersions()).containsExactly(5, 4, 3, 2, 1);
    assertThat(failing.incompatibilities()).hasSize(5).allSatisfy(i -> assertThat(i.describe()).containsIgnoringCase("currency"));
  }
}
