package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** A bad JSON Schema: every problem at once, each at its pointer, in plain words. */
class JsonSchemaProblemsTest {

  private static InvalidSchemaException rejection(String text) {
    return catchThrowableOfType(InvalidSchemaException.class, () -> SchemaParser.parse(SchemaType.JSON, text));
  }

  @Test
  void every_wrong_keyword_value_is_reported_at_once_with_its_pointer_and_the_value_it_has() {
    InvalidSchemaException e = rejection("""
        {"properties": {"a": {"minLength": "three"}, "c": 5, "d": {"type": ["string", "strin"]}},
         "required": [5], "maxItems": -1}""");

    assertThat(e.problems()).extracting(SchemaProblem::toString).containsExactlyInAnyOrder(
        "#/properties/a/minLength: \"minLength\" at /properties/a must be a non-negative integer, but it is the string \"three\".",
        "#/properties/c: The \"properties\" entry \"c\" at the top level must be a schema (an object or a boolean), but it is the number 5.",
        "#/properties/d/type/1: \"type\" at /properties/d must be a type name (\"string\", \"number\", \"integer\", \"boolean\","
            + " \"object\", \"array\" or \"null\") or an array of distinct type names, but its item 1 is the string \"strin\".",
        "#/required/0: \"required\" at the top level must be an array of distinct property names, but its item 0 is the number 5.",
        "#/maxItems: \"maxItems\" at the top level must be a non-negative integer, but it is the number -1.");
  }

  @Test
  void draft_specific_forms_are_explained_in_the_words_of_that_draft() {
    InvalidSchemaException draft4 = rejection(
        "{\"$schema\":\"http://json-schema.org/draft-04/schema#\",\"exclusiveMinimum\":0}");
    InvalidSchemaException draft2020 = rejection(
        "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"items\":[{}]}");

    assertThat(draft4.problems()).extracting(SchemaProblem::message).contains(
        "\"exclusiveMinimum\" at the top level must be a boolean (in draft 4 it makes \"minimum\" or \"maximum\" exclusive), but it is the number 0.");
    assertThat(draft2020.problems()).extracting(SchemaProblem::message).containsExactly(
        "\"items\" at the top level must be one schema, an object or a boolean, as positional items go in \"prefixItems\""
            + " since draft 2020-12, but it is an array.");
  }

  @Test
  void schemas_inside_lists_and_maps_are_named_by_their_place() {
    InvalidSchemaException e = rejection("{\"anyOf\":[5],\"dependencies\":{\"a\":[1]},\"additionalProperties\":\"no\"}");

    assertThat(e.problems()).extracting(SchemaProblem::toString).containsExactlyInAnyOrder(
        "#/anyOf/0: Item 0 of \"anyOf\" at the top level must be a schema (an object or a boolean), but it is the number 5.",
        "#/dependencies/a/0: \"dependencies\" at the top level must be an object whose values are schemas or arrays of"
            + " property names, but its entry \"a\", item 0, is the number 1.",
        "#/additionalProperties: \"additionalProperties\" at the top level must be a schema (an object or a boolean), but it is the string \"no\".");
  }

  @Test
  void an_id_the_meta_schema_lets_through_but_no_validator_can_resolve_is_refused_at_its_place() {
    InvalidSchemaException e = rejection("""
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "properties": {"a": {"$id": "a b", "type": "string"}}}""");

    assertThat(e.problems()).extracting(SchemaProblem::toString).containsExactly(
        "#/properties/a/$id: \"$id\" is \"a b\", which is not a URI the validator can resolve; write an absolute URI"
            + " such as \"https://example.com/schemas/order.json\" or a relative path.");
  }

  @Test
  void a_ref_that_leads_back_to_itself_without_entering_a_property_is_refused() {
    InvalidSchemaException e = rejection(
        "{\"definitions\":{\"a\":{\"$ref\":\"#/definitions/b\"},\"b\":{\"allOf\":[{\"$ref\":\"#/definitions/a\"}]}},"
            + "\"properties\":{\"x\":{\"$ref\":\"#/definitions/a\"}}}");

    assertThat(e.problems()).extracting(SchemaProblem::pointer)
        .containsExactly("/definitions/a/$ref", "/definitions/b/allOf/0/$ref");
    assertThat(e.problems().get(0).message()).isEqualTo("\"$ref\" \"#/definitions/b\" leads back to /definitions/a without"
        + " going into a property or an item first, so a validator would check the same value forever; refer to the"
        + " schema from inside \"properties\" or \"items\" instead.");
  }

  @Test
  void a_chain_of_4000_refs_is_read_and_a_cycle_at_its_end_is_found_at_the_link_that_closes_it() throws Exception {
    String chain = dev.schemagate.core.bench.WorkBoundSchemas.jsonRefChain(4_000);
    // the validator compiles one frame per link: how deep it can go is the caller's stack (the server's workers have 64 MB)
    java.util.concurrent.FutureTask<SchemaType> parse = new java.util.concurrent.FutureTask<>(
        () -> SchemaParser.parse(SchemaType.JSON, chain).type());
    Thread deep = new Thread(null, parse, "deep-stack", 64L * 1024 * 1024);
    deep.start();
    assertThat(parse.get()).isEqualTo(SchemaType.JSON);

    InvalidSchemaException e = rejection(chain.replace("{\"type\":\"string\"}", "{\"$ref\":\"#/$defs/d3990\"}"));

    assertThat(e.problems()).extracting(SchemaProblem::pointer)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(3990, 3999).mapToObj(i -> "/$defs/d" + i + "/$ref")
            .toList());
  }

  @Test
  void a_ref_with_a_broken_percent_escape_points_at_nothing() {
    InvalidSchemaException e = rejection("{\"definitions\":{\"a\":{}},\"$ref\":\"#/definitions/%ZZ\"}");

    assertThat(e.problems()).extracting(SchemaProblem::toString).contains(
        "#/$ref: \"$ref\" \"#/definitions/%ZZ\" points at nothing: it is not a location in this document and not the name of"
            + " one of the schema's references; fix the pointer or add the reference.");
  }

  @Test
  void a_malformed_ref_is_said_to_need_a_uri_reference() {
    InvalidSchemaException e = rejection("{\"properties\":{\"a\":{\"$ref\":\"#/%zz\"}}}");

    assertThat(e.problems()).extracting(SchemaProblem::toString).contains(
        "#/properties/a/$ref: \"$ref\" at /properties/a must be a URI reference, such as \"#/definitions/name\" or the"
            + " name of a referenced schema, but it is the string \"#/%zz\".");
  }

  @Test
  void a_recursive_schema_that_goes_through_a_property_is_fine() throws IOException {
    ParsedSchema schema = SchemaParser.parse(SchemaType.JSON, "{\"definitions\":{\"node\":{\"properties\":{\"next\":"
        + "{\"$ref\":\"#/definitions/node\"},\"id\":{\"type\":\"string\"}}}},\"$ref\":\"#/definitions/node\"}");

    assertThat(schema.type()).isEqualTo(SchemaType.JSON);
    assertThat(schema.canonicalText()).isEqualTo("{\"$ref\":\"#/definitions/node\",\"definitions\":{\"node\":{\"properties\":"
        + "{\"id\":{\"type\":\"string\"},\"next\":{\"$ref\":\"#/definitions/node\"}}}}}");
    // the reference is followed at every level: two hops down the property is still the node
    InstanceValidator validator = InstanceValidator.of(schema);
    assertThat(validator.validate(Json.parse("{\"next\":{\"next\":{\"id\":\"c\"}}}"))).isEmpty();
    assertThat(validator.validate(Json.parse("{\"next\":{\"next\":{\"id\":5}}}"))).extracting(Object::toString)
        .containsExactly("/next/next/id: The value is an integer (5) but the schema wants \"string\"; write a string instead.");
  }

  @Test
  void a_remote_ref_is_refused_without_any_connection_to_it() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/other.json";

      InvalidSchemaException e = rejection("{\"properties\":{\"a\":{\"$ref\":\"" + url + "\"}}}");

      assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/properties/a/$ref"));
      assertThat(accepted(server)).as("a connection to the referenced URL").isFalse();
    }
  }

  private static boolean accepted(ServerSocket server) throws IOException {
    try {
      server.accept().close();
      return true;
    } catch (SocketTimeoutException none) {
      return false;
    }
  }
}
