package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.List;
import java.util.Map;
import org.apache.avro.SchemaParseException;
import org.junit.jupiter.api.Test;

/** Bad Avro schemas: every problem is found, located by a pointer and said in one sentence. */
class AvroSchemaProblemsTest {

  private static List<SchemaProblem> problems(String text) {
    return catchThrowableOfType(InvalidSchemaException.class, () -> SchemaParser.parse(SchemaType.AVRO, text)).problems();
  }

  private static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"E\",\"fields\":[" + fields + "]}";
  }

  @Test
  void an_undefined_type_name_is_located_where_it_is_used() {
    assertThat(problems(record("{\"name\":\"a\",\"type\":\"Missing\"}"))).containsExactly(SchemaProblem.at("/fields/0/type",
        "The type \"Missing\" is not defined; define it in this schema or add a reference to the schema that defines it."));
  }

  @Test
  void a_named_type_without_a_name_is_called_the_unnamed_one_in_its_other_problems() {
    assertThat(problems("{\"type\":\"record\",\"fields\":[{\"name\":\"s\",\"type\":{\"type\":\"enum\",\"symbols\":[\"A\",\"A\"]}}]}"))
        .extracting(SchemaProblem::message).contains(
            "The unnamed enum lists the symbol \"A\" twice; list each symbol once.");
    assertThat(problems("{\"type\":\"record\"}")).extracting(SchemaProblem::message).containsExactly(
        "The record has no \"name\"; give it one, e.g. \"name\": \"OrderPlaced\".",
        "The unnamed record needs \"fields\", an array of fields (it may be empty).");
  }

  @Test
  void a_type_name_alone_that_is_not_defined_is_a_problem_not_a_crash() {
    assertThat(problems("\"Missing\"")).extracting(SchemaProblem::pointer).containsExactly("");
  }

  @Test
  void a_type_defined_later_in_the_document_may_be_used_before() {
    ParsedSchema schema = SchemaParser.parse(SchemaType.AVRO, record(
        "{\"name\":\"a\",\"type\":\"Later\"},{\"name\":\"b\",\"type\":{\"type\":\"enum\",\"name\":\"Later\",\"symbols\":[\"A\"]}}"));

    assertThat(schema.name()).contains("E");
  }

  @Test
  void a_type_from_a_reference_is_defined() {
    String money = "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"com.example\",\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}";
    ParsedSchema schema = SchemaParser.parse(SchemaType.AVRO,
        record("{\"name\":\"total\",\"type\":\"com.example.Money\"}"),
        List.of(new SchemaReference("com.example.Money", "money", 1)), Map.of("com.example.Money", money));

    assertThat(schema.name()).contains("E");
  }

  @Test
  void missing_type_and_missing_name_are_each_named() {
    assertThat(problems("{\"name\":\"E\",\"fields\":[]}"))
        .containsExactly(SchemaProblem.at("", "The schema has no \"type\"; add one, e.g. \"type\": \"record\"."));
    assertThat(problems("{\"type\":\"record\",\"fields\":[]}"))
        .containsExactly(SchemaProblem.at("", "The record has no \"name\"; give it one, e.g. \"name\": \"OrderPlaced\"."));
    assertThat(problems(record("{\"name\":\"a\"},{\"type\":\"int\"}"))).containsExactly(
        SchemaProblem.at("/fields/0", "Field \"a\" has no \"type\"; give it one, e.g. \"type\": \"string\"."),
        SchemaProblem.at("/fields/1", "A field of record \"E\" has no \"name\"; give it one."));
  }

  @Test
  void illegal_names_are_each_reported_at_once() {
    assertThat(problems("{\"type\":\"record\",\"name\":\"1E\",\"namespace\":\"com.1x\",\"fields\":[{\"name\":\"a-b\",\"type\":\"int\"}]}"))
        .containsExactly(
            SchemaProblem.at("/name", "The record name \"1E\" is not a valid Avro name: each part starts with a letter"
                + " or \"_\" and holds only letters, digits and \"_\"."),
            SchemaProblem.at("/namespace", "The namespace \"com.1x\" is not a valid Avro name: each part starts with a"
                + " letter or \"_\" and holds only letters, digits and \"_\"."),
            SchemaProblem.at("/fields/0/name", "Field \"a-b\" is not a valid Avro name: it starts with a letter or \"_\""
                + " and holds only letters, digits and \"_\"."));
  }

  @Test
  void a_named_type_may_not_take_a_primitive_name() {
    assertThat(problems("{\"type\":\"record\",\"name\":\"int\",\"fields\":[]}")).containsExactly(
        SchemaProblem.at("/name", "The name \"int\" belongs to a primitive type; choose another name."));
  }

  @Test
  void duplicate_field_names_point_at_the_second() {
    assertThat(problems(record("{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"a\",\"type\":\"string\"}"))).containsExactly(
        SchemaProblem.at("/fields/1/name", "Record \"E\" has two fields named \"a\" (the other at #/fields/0); rename one."));
  }

  @Test
  void a_default_of_the_wrong_type_is_located_and_explained() {
    assertThat(problems(record("{\"name\":\"a\",\"type\":\"int\",\"default\":\"x\"},{\"name\":\"d\",\"type\":\"long\",\"default\":1.5}")))
        .containsExactly(
            SchemaProblem.at("/fields/0/default", "Field \"a\" has the default \"x\", which is not a valid \"int\"; use a"
                + " value of that type or remove the default."),
            SchemaProblem.at("/fields/1/default", "Field \"d\" has the default 1.5, which is not a valid \"long\"; use a"
                + " value of that type or remove the default."));
  }

  @Test
  void a_union_default_must_fit_the_first_branch() {
    assertThat(problems(record("{\"name\":\"c\",\"type\":[\"string\",\"null\"],\"default\":null}"))).containsExactly(
        SchemaProblem.at("/fields/0/default", "Field \"c\" has the default null, which fits the union's branch \"null\""
            + " but not its first branch \"string\"; Avro reads a union's default as its first branch, so put \"null\""
            + " first or use a default for \"string\"."));
  }

  @Test
  void enum_fixed_bytes_and_record_defaults_are_checked_against_their_type() {
    assertThat(problems(record("{\"name\":\"a\",\"type\":{\"type\":\"enum\",\"name\":\"S\",\"symbols\":[\"A\"]},\"default\":\"B\"},"
        + "{\"name\":\"h\",\"type\":{\"type\":\"fixed\",\"name\":\"H\",\"size\":2},\"default\":\"abc\"},"
        + "{\"name\":\"b\",\"type\":\"bytes\",\"default\":\"\u20ac\"},"
        + "{\"name\":\"r\",\"type\":{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"s\",\"type\":\"string\"}]},\"default\":{\"t\":1}}")))
        .extracting(SchemaProblem::toString)
        .containsExactly(
            "#/fields/0/default: Field \"a\" has the default \"B\", which is not one of the symbols of enum \"S\"; use"
                + " one of them or remove the default.",
            "#/fields/1/default: Field \"h\" has the default \"abc\", which is not 2 bytes long, the size of fixed \"H\";"
                + " write exactly 2 characters, one per byte, or remove the default.",
            "#/fields/2/default: Field \"b\" has the default \"\u20ac\", which holds characters above \\u00ff; a bytes"
                + " default has one character per byte, so use only characters from \\u0000 to \\u00ff.",
            "#/fields/3/default: Field \"r\" has the default {\"t\":1}, which is not a valid record \"R\"; use a value of"
                + " that type or remove the default.");
  }

  @Test
  void a_redefined_name_points_at_the_second_definition() {
    assertThat(problems(record("{\"name\":\"a\",\"type\":{\"type\":\"enum\",\"name\":\"X\",\"symbols\":[\"A\"]}},"
        + "{\"name\":\"b\",\"type\":{\"type\":\"enum\",\"name\":\"X\",\"symbols\":[\"B\"]}}")))
        .containsExactly(SchemaProblem.at("/fields/1/type/name",
            "The type \"X\" is defined twice (first at #/fields/0/type); define it once and use its name elsewhere."));
  }

  @Test
  void bad_enum_symbols_duplicates_and_default_are_each_reported() {
    assertThat(problems("{\"type\":\"enum\",\"name\":\"X\",\"symbols\":[\"A\",\"A\",\"b-c\"],\"default\":\"Z\"}")).containsExactly(
        SchemaProblem.at("/symbols/1", "Enum \"X\" lists the symbol \"A\" twice; list each symbol once."),
        SchemaProblem.at("/symbols/2", "The symbol \"b-c\" of enum \"X\" is not a valid Avro name: it starts with a"
            + " letter or \"_\" and holds only letters, digits and \"_\"."),
        SchemaProblem.at("/default", "The default \"Z\" of enum \"X\" is not one of its symbols; use one of them."));
  }

  @Test
  void a_fixed_needs_a_whole_non_negative_size() {
    String message = "Fixed \"X\" needs a \"size\": a whole number of bytes, 0 or more.";
    assertThat(problems("{\"type\":\"fixed\",\"name\":\"X\",\"size\":-1}")).containsExactly(SchemaProblem.at("/size", message));
    assertThat(problems("{\"type\":\"fixed\",\"name\":\"X\",\"size\":\"4\"}")).containsExactly(SchemaProblem.at("/size", message));
    assertThat(problems("{\"type\":\"fixed\",\"name\":\"X\"}")).containsExactly(SchemaProblem.at("", message));
  }

  @Test
  void a_logical_type_on_the_wrong_base_type_is_an_error_although_avro_ignores_it() {
    assertThat(problems(record("{\"name\":\"d\",\"type\":{\"type\":\"string\",\"logicalType\":\"date\"}},"
        + "{\"name\":\"u\",\"type\":{\"type\":\"long\",\"logicalType\":\"uuid\"}},"
        + "{\"name\":\"c\",\"type\":{\"type\":\"string\",\"logicalType\":\"my-custom\"}}")))
        .containsExactly(
            SchemaProblem.at("/fields/0/type/logicalType", "The logical type \"date\" needs the type \"int\", not"
                + " \"string\"; Avro would ignore it and read plain \"string\" values, so change the type or remove"
                + " \"logicalType\"."),
            SchemaProblem.at("/fields/1/type/logicalType", "The logical type \"uuid\" needs the type \"string\" or a"
                + " fixed of 16 bytes, not \"long\"; Avro would ignore it and read plain \"long\" values, so change the"
                + " type or remove \"logicalType\"."));
  }

  @Test
  void a_decimal_needs_a_precision_that_fits_and_a_scale_within_it() {
    assertThat(problems(record("{\"name\":\"p\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":2,\"scale\":3}},"
        + "{\"name\":\"q\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\"}},"
        + "{\"name\":\"f\",\"type\":{\"type\":\"fixed\",\"name\":\"D\",\"size\":2,\"logicalType\":\"decimal\",\"precision\":10}}")))
        .containsExactly(
            SchemaProblem.at("/fields/0/type/scale", "The decimal's \"scale\" 3 must be a whole number from 0 to its"
                + " \"precision\" 2; otherwise Avro ignores the logical type."),
            SchemaProblem.at("/fields/1/type", "The decimal needs a \"precision\" of 1 or more, the number of digits it"
                + " holds; without it Avro ignores the logical type."),
            SchemaProblem.at("/fields/2/type/precision", "A fixed of 2 bytes holds at most 4 decimal digits, so the"
                + " \"precision\" 10 does not fit; raise \"size\" or lower \"precision\", or Avro ignores the logical type."));
  }

  @Test
  void unions_may_not_repeat_a_type_or_nest_a_union() {
    assertThat(problems("[\"null\",\"null\",[\"int\"]]")).containsExactly(
        SchemaProblem.at("/1", "The union has \"null\" twice (also at #/0); a union may hold each type once, named types"
            + " once per name."),
        SchemaProblem.at("/2", "A union cannot hold another union directly; list its branches in the outer union instead."));
  }

  @Test
  void arrays_maps_and_unknown_types_say_what_is_missing() {
    assertThat(problems("{\"type\":\"array\"}")).containsExactly(
        SchemaProblem.at("", "The array has no \"items\"; say what it holds, e.g. \"items\": \"string\"."));
    assertThat(problems("{\"type\":\"foo\"}")).containsExactly(SchemaProblem.at("/type",
        "The type \"foo\" is not an Avro type; use a primitive type, \"record\", \"enum\", \"array\", \"map\" or \"fixed\"."));
    assertThat(problems(record("{\"name\":\"a\",\"type\":\"record\"}"))).containsExactly(SchemaProblem.at("/fields/0/type",
        "The type \"record\" needs an object around it, e.g. {\"type\": \"record\", ...} with its \"name\"."));
  }

  @Test
  void every_problem_of_a_schema_is_reported_in_one_go() {
    assertThat(problems("{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"Missing\"},"
        + "{\"name\":\"b\",\"type\":\"int\",\"default\":\"x\"},{\"name\":\"a\",\"type\":\"long\"}]}"))
        .extracting(SchemaProblem::pointer)
        .containsExactly("/fields/0/type", "/fields/1/default", "/fields/2/name");
  }

  @Test
  void an_invalid_referenced_schema_names_the_reference_and_avros_reason() {
    InvalidSchemaException e = catchThrowableOfType(InvalidSchemaException.class, () -> SchemaParser.parse(SchemaType.AVRO,
        "\"int\"", List.of(new SchemaReference("Bad", "bad", 1)), Map.of("Bad", "{\"type\":\"enum\",\"name\":\"Bad\"}")));

    assertThat(e.problems()).containsExactly(SchemaProblem.at("", "The referenced schema \"Bad\" is not valid Avro;"
        + " at # of it: Enum \"Bad\" needs \"symbols\", an array of names."));
  }

  @Test
  void what_only_avro_rejects_is_located_by_the_json_its_message_quotes() throws Exception {
    JsonNode document = Json.parse("{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":{\"type\":\"enum\",\"name\":\"S\"}}]}");
    SchemaProblem problem = AvroErrors.describe(
        new SchemaParseException("Enum has no symbols: {\"type\":\"enum\",\"name\":\"S\"}"), document);

    assertThat(problem).isEqualTo(SchemaProblem.at("/fields/0/type",
        "Avro rejects this part of the schema (Enum has no symbols); correct it as the Avro specification describes."));
  }

  @Test
  void valid_schemas_with_recursion_special_floats_and_nested_defaults_parse() throws java.io.IOException {
    ParsedSchema recursive = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"next\",\"type\":[\"null\",\"Node\"],\"default\":null}]}");
    ParsedSchema specialFloats = SchemaParser.parse(SchemaType.AVRO,
        record("{\"name\":\"f\",\"type\":\"float\",\"default\":\"NaN\"},{\"name\":\"b\",\"type\":\"bytes\",\"default\":\"\u00ff\"}"));
    ParsedSchema nestedDefault = SchemaParser.parse(SchemaType.AVRO,
        record("{\"name\":\"r\",\"type\":{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"u\",\"type\":[\"null\",\"int\"]}]},"
            + "\"default\":{\"u\":3}}"));

    assertThat(recursive.canonicalText())
        .isEqualTo("{\"fields\":[{\"default\":null,\"name\":\"next\",\"type\":[\"null\",\"Node\"]}],\"name\":\"Node\",\"type\":\"record\"}");
    // "Node" inside its own union is the record itself, so a chain of nodes is an event of it
    assertThat(InstanceValidator.of(recursive).validate(Json.parse("{\"next\":{\"next\":null}}"))).isEmpty();
    assertThat(specialFloats.canonicalText()).isEqualTo("{\"fields\":[{\"default\":\"NaN\",\"name\":\"f\",\"type\":\"float\"},"
        + "{\"default\":\"\u00ff\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"E\",\"type\":\"record\"}");
    assertThat(nestedDefault.canonicalText()).isEqualTo("{\"fields\":[{\"default\":{\"u\":3},\"name\":\"r\",\"type\":"
        + "{\"fields\":[{\"name\":\"u\",\"type\":[\"null\",\"int\"]}],\"name\":\"R\",\"type\":\"record\"}}],\"name\":\"E\","
        + "\"type\":\"record\"}");
  }

}
