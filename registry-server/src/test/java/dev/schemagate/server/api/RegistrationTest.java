package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class RegistrationTest extends ServerTest {

  @Test
  void registers_a_first_version_and_answers_its_id_version_and_schema() {
    Answer answer = client.register("orders-value", null, USER_V1);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(answer.json()).isEqualTo(json("""
        {"id":1,"version":1,"schemaType":"AVRO","schema":%s}""".formatted(quoted(USER_V1))));
  }

  @Test
  void registering_the_same_schema_again_answers_the_same_id_and_version() {
    client.register("orders-value", null, USER_V1);
    String reformatted = USER_V1.replace(",", " , ").replace(":", " : ");

    Answer again = client.register("orders-value", "AVRO", reformatted);

    assertThat(again.json().get("id").asInt()).isEqualTo(1);
    assertThat(again.json().get("version").asInt()).isEqualTo(1);
    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[1]"));
  }

  @Test
  void the_same_content_under_another_subject_reuses_the_global_id() {
    client.register("a-value", null, USER_V1);
    client.register("b-value", null, "\"string\"");

    Answer other = client.register("c-value", null, USER_V1);

    assertThat(other.json().get("id").asInt()).isEqualTo(1);
    assertThat(other.json().get("version").asInt()).isEqualTo(1);
  }

  @Test
  void a_compatible_second_version_gets_version_2_and_a_new_id() {
    client.register("orders-value", null, USER_V1);

    Answer second = client.register("orders-value", null, USER_V2_WITH_DEFAULT);

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("id").asInt()).isEqualTo(2);
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
  }

  @Test
  void an_incompatible_version_is_refused_with_409_naming_the_version_and_the_rule() {
    client.register("orders-value", null, USER_V1);

    Answer refused = client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":409,
         "message":"Schema being registered is incompatible with an earlier schema for subject \\"orders-value\\" under \
        BACKWARD: it breaks version 1 (READER_FIELD_MISSING_DEFAULT_VALUE). #/fields/1: Field \\"age\\" is new and has no \
        default, so events written with version 1 cannot be read; add a default. [READER_FIELD_MISSING_DEFAULT_VALUE] \
        (vs version 1)",
         "incompatibilities":[{"rule":"READER_FIELD_MISSING_DEFAULT_VALUE","path":"/fields/1","oldVersion":1,
           "direction":"NEW_CANNOT_READ_OLD",
           "message":"Field \\"age\\" is new and has no default, so events written with version 1 cannot be read; add a default.",
           "witness":{"name":"q"}}]}"""));
    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[1]"));
  }

  @Test
  void an_incompatible_json_schema_is_refused_with_409_and_schema_cores_reasons() {
    String old = """
        {"type":"object","properties":{"id":{"type":"string"}},"required":["id"]}""";
    String candidate = """
        {"type":"object","properties":{"id":{"type":"string"},"cents":{"type":"integer"}},"required":["id","cents"]}""";
    client.register("payments-value", "JSON", old);

    Answer refused = client.register("payments-value", "JSON", candidate);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":409,
         "message":"Schema being registered is incompatible with an earlier schema for subject \\"payments-value\\" under \
        BACKWARD: it breaks version 1 (REQUIRED_PROPERTY_ADDED, PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL). #/required: Property \
        \\"cents\\" became required, so data written with version 1 that lacks it is rejected; keep \\"cents\\" optional. \
        [REQUIRED_PROPERTY_ADDED] (vs version 1) #/properties/cents: Property \\"cents\\" was added to an open content model \
        with type \\"integer\\", so data written with version 1 that already holds \\"cents\\" with another type is rejected; \
        close the model with \\"additionalProperties\\": false in both versions, or use the LENIENT policy. \
        [PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL] (vs version 1)",
         "incompatibilities":[
          {"rule":"REQUIRED_PROPERTY_ADDED","path":"/required","oldVersion":1,"direction":"NEW_CANNOT_READ_OLD",
           "message":"Property \\"cents\\" became required, so data written with version 1 that lacks it is rejected; keep \
        \\"cents\\" optional.",
           "witness":{"id":""}},
          {"rule":"PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL","path":"/properties/cents","oldVersion":1,
           "direction":"NEW_CANNOT_READ_OLD",
           "message":"Property \\"cents\\" was added to an open content model with type \\"integer\\", so data written with \
        version 1 that already holds \\"cents\\" with another type is rejected; close the model with \
        \\"additionalProperties\\": false in both versions, or use the LENIENT policy.",
           "witness":{"id":"","cents":{}}}]}"""));
  }

  @Test
  void an_invalid_schema_is_refused_with_42201_and_the_located_problem() {
    String schema = """
        {"type":"record","name":"X","fields":[{"name":"a","type":"strin"}]}""";

    Answer refused = client.register("orders-value", null, schema);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":42201,
         "message":"Invalid AVRO schema: #/fields/0/type: The type \\"strin\\" is not defined; define it in this schema or \
        add a reference to the schema that defines it.",
         "problems":[{"pointer":"/fields/0/type",
           "message":"The type \\"strin\\" is not defined; define it in this schema or add a reference to the schema that \
        defines it."}]}"""));
  }

  @Test
  void a_schema_that_is_not_json_is_refused_with_its_line_and_column() {
    Answer refused = client.register("orders-value", "JSON", "{\"type\": \"object\",\n  \"properties\": {");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("error_code").asInt()).isEqualTo(42201);
    assertThat(refused.json().get("problems").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(refused.json().get("message").asText()).startsWith("Invalid JSON schema: line 2, column ");
  }

  private static String quoted(String text) {
    return dev.schemagate.server.testing.HttpClientForTests.MAPPER.getNodeFactory().textNode(text).toString();
  }

  @Test
  void normalize_stores_the_canonical_text_when_asked_or_configured() {
    String spaced = "{ \"type\" : \"record\", \"name\" : \"N\", \"fields\" : [ ] }";

    client.post("/subjects/a-value/versions?normalize=true", schemaBody(null, spaced));
    client.put("/config/b-value", json("{\"normalize\":true}"));
    client.register("b-value", null, spaced.replace("\"N\"", "\"M\""));

    assertThat(client.get("/subjects/a-value/versions/1/schema").text())
        .isEqualTo("{\"fields\":[],\"name\":\"N\",\"type\":\"record\"}");
    assertThat(client.get("/subjects/b-value/versions/1/schema").text())
        .isEqualTo("{\"fields\":[],\"name\":\"M\",\"type\":\"record\"}");
  }
}
