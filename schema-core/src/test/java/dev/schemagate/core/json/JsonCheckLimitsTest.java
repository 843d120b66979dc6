package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Schemas built to be hard: deep, wide, recursive, with huge enums and many alternatives. Each
 * check must end with a verdict (never a StackOverflowError); the timeout only guards against a
 * hang, speed itself is measured by the benchmarks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JsonCheckLimitsTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  private static ParsedSchema parse(ObjectNode schema) {
    return SchemaParser.parse(SchemaType.JSON, Json.write(schema));
  }

  private static CompatibilityReport full(ObjectNode oldSchema, ObjectNode newSchema) {
    return CHECKER.check(parse(newSchema), List.of(new VersionedSchema(1, parse(oldSchema))), CompatibilityLevel.FULL);
  }

  private static ObjectNode nested(int depth, String leafType) {
    ObjectNode node = Json.object().put("type", leafType);
    for (int i = 0; i < depth; i++) {
      ObjectNode parent = Json.object().put("type", "object");
      parent.putObject("properties").set("a", node);
      node = parent;
    }
    return node;
  }

  @Test
  void a_schema_nested_as_deep_as_the_parser_allows_ends_with_the_limit_rule_in_both_directions() {
    CompatibilityReport report = full(nested(240, "string"), nested(240, "integer"));

    assertThat(report.incompatibilities()).extracting(Incompatibility::rule)
        .containsExactly(Rule.CHECK_LIMIT_REACHED, Rule.CHECK_LIMIT_REACHED);
  }

  @Test
  void a_change_just_inside_the_depth_limit_is_found_with_its_pointer() {
    CompatibilityReport report = full(nested(150, "string"), nested(150, "integer"));

    assertThat(report.incompatibilities()).extracting(Incompatibility::rule).containsOnly(Rule.TYPE_CHANGED);
    assertThat(report.incompatibilities().get(0).path()).isEqualTo("/properties/a".repeat(150) + "/type");
  }

  @Test
  void a_huge_enum_losing_one_value_is_reported_once_and_names_that_value() {
    ObjectNode oldSchema = Json.object();
    ArrayNode oldValues = oldSchema.putArray("enum");
    for (int i = 0; i < 20_000; i++) {
      oldValues.add("v" + i);
    }
    ObjectNode newSchema = oldSchema.deepCopy();
    ((ArrayNode) newSchema.get("enum")).remove(12_345);

    CompatibilityReport report = full(oldSchema, newSchema);

    assertThat(report.incompatibilities()).singleElement().satisfies(found -> {
      assertThat(found.rule()).isEqualTo(Rule.ENUM_ARRAY_NARROWED);
      assertThat(found.message()).contains("is \"v12345\" is rejected");
      assertThat(found.witness().asText()).isEqualTo("v12345");
    });
  }

  @Test
  void five_thousand_properties_with_one_changed_report_exactly_that_one() {
    ObjectNode oldSchema = Json.object().put("type", "object");
    ObjectNode properties = oldSchema.putObject("properties");
    for (int i = 0; i < 5_000; i++) {
      properties.putObject("p" + i).put("type", "string").put("maxLength", 10);
    }
    oldSchema.put("additionalProperties", false);
    ObjectNode newSchema = oldSchema.deepCopy();
    ((ObjectNode) newSchema.get("properties").get("p4321")).put("maxLength", 5);

    CompatibilityReport report = full(oldSchema, newSchema);

    assertThat(report.incompatibilities()).extracting(Incompatibility::rule, Incompatibility::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.MAX_LENGTH_DECREASED, "/properties/p4321/maxLength"));
  }

  @Test
  void mutually_recursive_schemas_with_alternatives_terminate_and_find_the_change_inside() throws Exception {
    String tree = """
        {"$defs": {
          "node": {"type": "object", "properties": {"kind": {"const": "node"}, "children": {"type": "array", "items": {"$ref": "#/$defs/any"}}}, "required": ["kind"]},
          "leaf": {"type": "object", "properties": {"kind": {"const": "leaf"}, "value": {"type": "%s"}}, "required": ["kind"]},
          "any": {"oneOf": [{"$ref": "#/$defs/node"}, {"$ref": "#/$defs/leaf"}]}},
         "$ref": "#/$defs/any", "$schema": "https://json-schema.org/draft/2020-12/schema"}""";
    ParsedSchema oldSchema = SchemaParser.parse(SchemaType.JSON, tree.formatted("number"));
    ParsedSchema newSchema = SchemaParser.parse(SchemaType.JSON, tree.formatted("integer"));

    CompatibilityReport report = CHECKER.check(newSchema, List.of(new VersionedSchema(1, oldSchema)), CompatibilityLevel.FULL);

    assertThat(report.incompatibilities()).extracting(Incompatibility::rule, Incompatibility::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.TYPE_NARROWED, "/$defs/leaf/properties/value/type"));
  }

  @Test
  void ten_levels_of_eight_alternatives_end_with_a_verdict_in_both_directions() {
    CompatibilityReport report = full(alternatives(10, "string"), alternatives(10, "integer"));

    // Each level's alternatives are compared with the level below once, so the check ends within
    // its bounds, with no CHECK_LIMIT_REACHED.
    assertThat(report.incompatibilities()).extracting(Incompatibility::rule)
        .containsExactlyInAnyOrder(Rule.SUM_TYPE_NARROWED, Rule.SUM_TYPE_EXTENDED);
  }

  @Test
  void writers_whose_every_instance_is_huge_are_judged_without_a_witness() throws Exception {
    ObjectNode manyItems = (ObjectNode) Json.parse("{\"type\": \"array\", \"minItems\": 1000000000}");
    ObjectNode longMatch = (ObjectNode) Json.parse("{\"type\": \"string\", \"pattern\": \"^((a{1000}){1000}){1000}$\"}");

    CompatibilityReport items = full(manyItems, manyItems.deepCopy().put("uniqueItems", true));
    CompatibilityReport strings = full(longMatch, Json.object().put("type", "string").put("maxLength", 5));

    assertThat(items.incompatibilities()).extracting(Incompatibility::rule).containsExactly(Rule.UNIQUE_ITEMS_ADDED);
    assertThat(strings.incompatibilities()).extracting(Incompatibility::rule)
        .containsExactlyInAnyOrder(Rule.MAX_LENGTH_ADDED, Rule.PATTERN_REMOVED);
    assertThat(items.incompatibilities()).allSatisfy(found -> assertThat(found.witnessIfAny()).isEmpty());
    assertThat(strings.incompatibilities()).filteredOn(found -> found.rule() == Rule.MAX_LENGTH_ADDED)
        .allSatisfy(found -> assertThat(found.witnessIfAny()).isEmpty());
  }

  /** Levels of anyOf with eight object alternatives, each holding the level below by {@code $ref}. */
  private static ObjectNode alternatives(int depth, String leafType) {
    ObjectNode root = Json.object();
    ObjectNode definitions = root.putObject("definitions");
    definitions.putObject("level0").put("type", leafType);
    for (int level = 1; level <= depth; level++) {
      ArrayNode choices = definitions.putObject("level" + level).putArray("anyOf");
      for (int i = 0; i < 8; i++) {
        ObjectNode choice = choices.addObject().put("type", "object");
        choice.putObject("properties").putObject("p" + i).put("$ref", "#/definitions/level" + (level - 1));
        choice.putArray("required").add("p" + i);
      }
    }
    return root.put("$ref", "#/definitions/level" + depth);
  }
}
