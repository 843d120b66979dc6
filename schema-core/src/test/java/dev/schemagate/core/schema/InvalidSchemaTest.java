package dev.schemagate.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InvalidSchemaTest {

  private static InvalidSchemaException rejection(SchemaType type, String text) {
    return catchThrowableOfType(InvalidSchemaException.class, () -> SchemaParser.parse(type, text));
  }

  @Test
  void unparseable_text_is_located_by_line_and_column() {
    InvalidSchemaException e = rejection(SchemaType.JSON, "{\n  \"type\": \"object\",\n  }");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(3);
      assertThat(p.message()).startsWith("The schema is not valid JSON: unexpected character '}'");
    });
  }

  @Test
  void an_empty_schema_says_so() {
    assertThat(rejection(SchemaType.AVRO, "  ").problems())
        .containsExactly(SchemaProblem.at("", "The schema is empty; send the schema document itself."));
  }

  @Test
  void a_json_schema_keyword_with_a_wrong_value_is_located_by_pointer() {
    InvalidSchemaException e = rejection(SchemaType.JSON, "{\"properties\":{\"a\":{\"minLength\":\"three\"}}}");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/properties/a/minLength");
      assertThat(p.message()).isEqualTo("\"minLength\" at /properties/a must be a non-negative integer, but it is the string \"three\".");
    });
  }

  @Test
  void an_unknown_draft_is_named() {
    InvalidSchemaException e = rejection(SchemaType.JSON, "{\"$schema\":\"http://example.com/mine\"}");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/$schema");
      assertThat(p.message()).contains("\"http://example.com/mine\"");
    });
  }

  @Test
  void a_dangling_ref_is_located() {
    InvalidSchemaException e = rejection(SchemaType.JSON,
        "{\"properties\":{\"a\":{\"$ref\":\"#/definitions/missing\"}}}");

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/properties/a/$ref"));
  }

  @Test
  void an_avro_undefined_type_is_located_where_it_is_used() {
    InvalidSchemaException e = rejection(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"Missing\"}]}");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/fields/0/type");
      assertThat(p.message()).startsWith("The type \"Missing\" is not defined");
    });
  }

  @Test
  void a_remote_ref_is_never_fetched() {
    InvalidSchemaException e = rejection(SchemaType.JSON, "{\"$ref\":\"http://127.0.0.1:9/other.json\"}");

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/$ref"));
  }
}
