package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Witnesses are confirmed with the validator and cost one budget attempt per confirmation. */
class JsonWitnessBudgetTest {
  private static final ParsedSchema OLD = SchemaParser.parse(SchemaType.JSON,
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"number\"},\"c\":{\"enum\":[\"X\",\"Y\"]}}}");
  private static final ParsedSchema NEW = SchemaParser.parse(SchemaType.JSON,
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"maxLength\":2},\"b\":{\"type\":\"integer\"},\"c\":{\"enum\":[\"X\"]}},\"required\":[\"a\"]}");

  @Test
  void every_finding_carries_a_witness_the_old_schema_accepts_and_the_new_one_rejects() {
    CompatibilityReport report = CompatibilityChecker.create().check(NEW, List.of(new VersionedSchema(1, OLD)), CompatibilityLevel.BACKWARD);

    assertThat(report.incompatibilities()).hasSize(4).allSatisfy(found -> {
      assertThat(found.witnessIfAny()).as(found.describe()).isPresent();
      assertThat(InstanceValidator.of(OLD).accepts(found.witness())).isTrue();
      assertThat(InstanceValidator.of(NEW).accepts(found.witness())).isFalse();
    });
  }

  @Test
  void no_witness_is_searched_when_witnesses_are_off() {
    CompatibilityReport report = CompatibilityChecker.create(config -> config.witnessAttempts(0))
        .check(NEW, List.of(new VersionedSchema(1, OLD)), CompatibilityLevel.BACKWARD);

    assertThat(report.incompatibilities()).hasSize(4).allSatisfy(found -> assertThat(found.witnessIfAny()).isEmpty());
  }

  @Test
  void each_confirmation_takes_one_attempt_and_none_are_taken_past_the_budget() {
    WitnessBudget budget = new WitnessBudget(2);
    SchemaPair pair = new SchemaPair(NEW, OLD, Direction.NEW_CANNOT_READ_OLD, 1, CompatibilityPolicy.STRICT, budget);

    List<Finding> findings = new JsonSchemaChecker().check(pair);

    assertThat(findings).hasSize(4);
    assertThat(findings.stream().filter(found -> found.witness() != null)).hasSize(2);
    assertThat(budget.remaining()).isZero();
  }

  @Test
  void a_change_that_only_cannot_be_proved_safe_gets_no_witness() {
    ParsedSchema old = SchemaParser.parse(SchemaType.JSON, "{\"type\":\"string\",\"pattern\":\"^[A-Z]{3}$\"}");
    ParsedSchema wider = SchemaParser.parse(SchemaType.JSON, "{\"type\":\"string\",\"pattern\":\"^[A-Z]{3,4}$\"}");

    CompatibilityReport report = CompatibilityChecker.create().check(wider, List.of(new VersionedSchema(1, old)), CompatibilityLevel.BACKWARD);

    assertThat(report.incompatibilities()).singleElement().satisfies(found -> {
      assertThat(found.rule().name()).isEqualTo("PATTERN_CHANGED");
      assertThat(found.witnessIfAny()).isEmpty();
      assertThat(found.message()).contains("cannot prove");
    });
  }

}
