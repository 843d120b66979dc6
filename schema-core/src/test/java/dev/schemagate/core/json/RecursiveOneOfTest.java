package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recursive {@code oneOf} of K object alternatives through {@code $ref}, whose overlaps a
 * validator explores K to the depth: the check answers within its bounds (each pair of
 * subschemas is compared once, see {@link PairAnswers}), and where it cannot prove compatibility
 * it says so and counts it as a break.
 */
class RecursiveOneOfTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  /** K alternatives, each an object that may hold another node; {@code noted} adds a "note" string to each. */
  static String schema(int alternatives, boolean noted, String description) {
    ObjectNode root = JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/node").put("description", description);
    ArrayNode oneOf = root.putObject("$defs").putObject("node").putArray("oneOf");
    for (int i = 0; i < alternatives; i++) {
      ObjectNode alternative = oneOf.addObject().put("type", "object");
      ObjectNode properties = alternative.putObject("properties");
      properties.putObject("v" + i).put("type", "string");
      properties.putObject("child").put("$ref", "#/$defs/node");
      if (noted) {
        properties.putObject("note").put("type", "string");
      }
      alternative.putArray("required").add("v" + i);
    }
    return root.toString();
  }

  private static List<VersionedSchema> history(int alternatives) {
    return List.of(new VersionedSchema(1, SchemaParser.parse(SchemaType.JSON, schema(alternatives, false, "v1"))));
  }

  @ParameterizedTest(name = "K={0}")
  @ValueSource(ints = {5, 6, 7, 8})
  void narrowing_every_alternative_is_a_break_with_a_sentence_for_each_reason(int alternatives) {
    ParsedSchema candidate = SchemaParser.parse(SchemaType.JSON, schema(alternatives, true, "v2"));

    CompatibilityReport report = CHECKER.check(candidate, history(alternatives), CompatibilityLevel.FULL);

    assertThat(report.isCompatible()).isFalse();
    assertThat(report.incompatibilities()).extracting(Incompatibility::message).allSatisfy(message ->
        assertThat(message).endsWith("."));
    assertThat(CHECKER.isCompatible(candidate, history(alternatives), CompatibilityLevel.FULL)).isFalse();
  }

  @ParameterizedTest(name = "K={0}")
  @ValueSource(ints = {5, 6, 7, 8})
  void narrowing_every_alternative_is_reported_by_rule_and_pointer_in_both_directions_within_the_bounds(int alternatives) {
    ParsedSchema candidate = SchemaParser.parse(SchemaType.JSON, schema(alternatives, true, "v2"));

    CompatibilityReport report = CHECKER.check(candidate, history(alternatives), CompatibilityLevel.FULL);

    // New readers lose the "note" values old writers may put there; old readers cannot tell the
    // new alternatives apart; and nothing stops at a limit.
    assertThat(report.incompatibilities()).extracting(Incompatibility::rule, Incompatibility::path).containsExactlyInAnyOrder(
        tuple(Rule.SUM_TYPE_NARROWED, "/$defs/node/oneOf"),
        tuple(Rule.SUM_TYPE_EXTENDED, "/$defs/node/oneOf"),
        tuple(Rule.COMBINED_TYPE_SUBSCHEMAS_CHANGED, "/$defs/node/oneOf"));
    assertThat(report.incompatibilities()).extracting(Incompatibility::message)
        .anySatisfy(message -> assertThat(message).contains("may match both alternative " + (alternatives - 1) + " and alternative 0"));
  }

  @ParameterizedTest(name = "K={0}")
  @ValueSource(ints = {5, 6, 7, 8})
  void the_same_alternatives_with_another_description_stay_compatible(int alternatives) {
    ParsedSchema candidate = SchemaParser.parse(SchemaType.JSON, schema(alternatives, false, "v2"));

    CompatibilityReport report = CHECKER.check(candidate, history(alternatives), CompatibilityLevel.FULL_TRANSITIVE);

    assertThat(report.incompatibilities()).isEmpty();
    assertThat(CHECKER.isCompatible(candidate, history(alternatives), CompatibilityLevel.FULL_TRANSITIVE)).isTrue();
  }

  /** Far past the bound: each place then tries 48 alternatives of the writer against 48 of the reader. */
  @ParameterizedTest(name = "K={0}")
  @ValueSource(ints = {48})
  void past_the_bound_the_same_alternatives_are_a_break_that_says_it_cannot_be_proved(int alternatives) {
    ParsedSchema candidate = SchemaParser.parse(SchemaType.JSON, schema(alternatives, false, "v2"));

    CompatibilityReport report = CHECKER.check(candidate, history(alternatives), CompatibilityLevel.FULL);

    assertThat(report.incompatibilities()).hasSize(2).allSatisfy(found -> {
      assertThat(found.rule()).isEqualTo(Rule.CHECK_LIMIT_REACHED);
      assertThat(found.message()).contains("could not be proved and counts as a break");
    });
    assertThat(CHECKER.isCompatible(candidate, history(alternatives), CompatibilityLevel.FULL)).isFalse();
  }
}
