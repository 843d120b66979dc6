package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.bench.WorkBoundSchemas;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Avro's checker compares union branches and enum symbols pair by pair: a pair whose unions or
 * enums multiply past the limits ends with the limit rule at once, naming the place and the limit;
 * an identical schema is compatible however large; below the limits the check runs as before.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AvroPairLimitsTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  private static CompatibilityReport backward(String oldText, String newText) {
    ParsedSchema old = SchemaParser.parse(SchemaType.AVRO, oldText);
    ParsedSchema candidate = SchemaParser.parse(SchemaType.AVRO, newText);
    return CHECKER.check(candidate, List.of(new VersionedSchema(1, old)), CompatibilityLevel.BACKWARD);
  }

  @Test
  void a_union_of_2000_records_against_one_of_1999_ends_with_the_limit_rule_naming_the_union() {
    String record = "{\"type\":\"record\",\"name\":\"Envelope\",\"fields\":[{\"name\":\"body\",\"type\":%s}]}";
    CompatibilityReport report = backward(
        record.formatted(WorkBoundSchemas.avroUnion(1_999)), record.formatted(WorkBoundSchemas.avroUnion(2_000)));

    assertThat(report.incompatibilities()).singleElement().satisfies(found -> {
      assertThat(found.rule()).isEqualTo(Rule.CHECK_LIMIT_REACHED);
      assertThat(found.path()).isEqualTo("/fields/0/type");
      assertThat(found.message()).isEqualTo("The schemas are too large to compare within SchemaGate's limits: the largest"
          + " union of the new schema has 2,000 branches and that of version 1 has 1,999, more than the 40,000 pairs of"
          + " branches the check compares, so compatibility could not be proved and counts as a break; split the union"
          + " into smaller ones.");
    });
  }

  @Test
  void an_enum_of_100000_symbols_against_one_of_99999_ends_with_the_limit_rule() {
    CompatibilityReport report = backward(WorkBoundSchemas.avroEnum(99_999), WorkBoundSchemas.avroEnum(100_000));

    assertThat(report.incompatibilities()).singleElement().satisfies(found -> {
      assertThat(found.rule()).isEqualTo(Rule.CHECK_LIMIT_REACHED);
      assertThat(found.path()).isEmpty();
      assertThat(found.message()).startsWith("The schemas are too large to compare within SchemaGate's limits: the largest"
          + " enum of the new schema has 100,000 symbols and that of version 1 has 99,999, more than the 25,000,000 pairs");
    });
  }

  @Test
  void the_same_union_of_2000_records_is_compatible_with_itself() {
    String union = WorkBoundSchemas.avroUnion(2_000);

    assertThat(backward(union, union).isCompatible()).isTrue();
  }

  @Test
  void a_union_of_2000_records_that_only_gained_a_doc_is_compatible_in_the_verdict_and_the_check() {
    String record = "{\"type\":\"record\",\"name\":\"Envelope\",%s\"fields\":[{\"name\":\"body\",\"type\":%s}]}";
    String union = WorkBoundSchemas.avroUnion(2_000);
    ParsedSchema old = SchemaParser.parse(SchemaType.AVRO, record.formatted("", union));
    ParsedSchema candidate = SchemaParser.parse(SchemaType.AVRO, record.formatted("\"doc\":\"Now documented.\",", union));
    List<VersionedSchema> history = List.of(new VersionedSchema(1, old));

    // another text and fingerprint, yet the same schema to Avro: past the limits it still reads itself
    assertThat(candidate.fingerprint()).isNotEqualTo(old.fingerprint());
    assertThat(CHECKER.check(candidate, history, CompatibilityLevel.FULL).isCompatible()).isTrue();
    assertThat(CHECKER.isCompatible(candidate, history, CompatibilityLevel.FULL)).isTrue();
  }

  @Test
  void below_the_limits_a_removed_branch_and_a_removed_symbol_are_reported_as_before() {
    assertThat(backward(WorkBoundSchemas.avroUnion(150), WorkBoundSchemas.avroUnion(149)).incompatibilities())
        .extracting(Incompatibility::rule).containsExactly(Rule.MISSING_UNION_BRANCH);
    assertThat(backward(WorkBoundSchemas.avroEnum(4_000), WorkBoundSchemas.avroEnum(3_999)).incompatibilities())
        .extracting(Incompatibility::rule).containsExactly(Rule.MISSING_ENUM_SYMBOLS);
  }

  @Test
  void a_sentence_about_a_wide_union_names_eight_branches_and_counts_the_rest() {
    CompatibilityReport report = backward(WorkBoundSchemas.avroUnion(150), "\"string\"");

    assertThat(report.incompatibilities()).isNotEmpty().allSatisfy(found ->
        assertThat(found.message()).hasSizeLessThan(1_000));
    assertThat(report.incompatibilities().get(0).message())
        .contains("a union of record \"R0\", record \"R1\", record \"R2\", record \"R3\", record \"R4\", record \"R5\","
            + " record \"R6\", record \"R7\" and 142 more");
  }

  @Test
  void the_limits_are_configurable() {
    CompatibilityChecker strict = CompatibilityChecker.create(config -> config.format(new AvroChecker(100, 100)));
    ParsedSchema old = SchemaParser.parse(SchemaType.AVRO, WorkBoundSchemas.avroUnion(11));
    ParsedSchema candidate = SchemaParser.parse(SchemaType.AVRO, WorkBoundSchemas.avroUnion(10));

    assertThat(strict.check(candidate, List.of(new VersionedSchema(1, old)), CompatibilityLevel.BACKWARD).incompatibilities())
        .extracting(Incompatibility::rule).containsExactly(Rule.CHECK_LIMIT_REACHED);
  }
}
