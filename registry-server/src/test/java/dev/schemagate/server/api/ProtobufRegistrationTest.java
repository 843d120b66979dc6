package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ProtobufRegistrationTest extends ServerTest {
  private static final String ORDER = """
      syntax = "proto3";
      package shop;
      message Order {
        string id = 1;
        int32 quantity = 2;
      }
      """;

  @Test
  void registers_a_proto_file_and_answers_it_with_its_type() {
    assertThat(client.register("orders-value", "PROTOBUF", ORDER).json().get("id").asInt()).isEqualTo(1);

    assertThat(client.get("/subjects/orders-value/versions/1").json().get("schemaType").asText()).isEqualTo("PROTOBUF");
    assertThat(client.get("/schemas/ids/1/schema").text()).isEqualTo(ORDER);
  }

  @Test
  void the_same_file_with_other_comments_and_layout_is_the_same_schema() {
    client.register("orders-value", "PROTOBUF", ORDER);

    Answer again = client.register("copy-value", "PROTOBUF", "// copy\n" + ORDER.replace("\n  ", " "));

    assertThat(again.json().get("id").asInt()).isEqualTo(1);
  }

  @Test
  void a_field_changing_wire_encoding_is_refused_with_the_protobuf_rule() {
    client.register("orders-value", "PROTOBUF", ORDER);

    Answer refused = client.register("orders-value", "PROTOBUF", ORDER.replace("int32 quantity", "string quantity"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":409,
         "message":"Schema being registered is incompatible with an earlier schema for subject \\"orders-value\\" under BACKWARD: it breaks version 1 (FIELD_SCALAR_KIND_CHANGED). #/Order/2: Field \\"quantity\\" (number 2) changed from int32 in version 1 to string in the new schema, whose wire encodings differ (varint and length-delimited), so the new schema misreads what version 1 writes there; give the new type a new field number. [FIELD_SCALAR_KIND_CHANGED] (vs version 1)",
         "incompatibilities":[{"rule":"FIELD_SCALAR_KIND_CHANGED","path":"/Order/2","oldVersion":1,"direction":"NEW_CANNOT_READ_OLD",
           "message":"Field \\"quantity\\" (number 2) changed from int32 in version 1 to string in the new schema, whose wire encodings differ (varint and length-delimited), so the new schema misreads what version 1 writes there; give the new type a new field number."}]}"""));
  }

  @Test
  void an_invalid_proto_file_is_42201_with_its_line_and_column() {
    Answer refused = client.register("orders-value", "PROTOBUF", "syntax = \"proto3\";\nmessage Order {\n  strin id = 1;\n}");

    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":42201,
         "message":"Invalid PROTOBUF schema: line 3, column 3: Field \\"id\\" has type \\"strin\\", which is not declared here or in an imported file; declare it or import the file that does.",
         "problems":[{"pointer":"","line":3,"column":3,
           "message":"Field \\"id\\" has type \\"strin\\", which is not declared here or in an imported file; declare it or import the file that does."}]}"""));
  }

  @Test
  void a_subject_cannot_switch_schema_type_under_a_checked_level() {
    client.register("orders-value", null, "\"string\"");

    Answer refused = client.register("orders-value", "PROTOBUF", ORDER);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("incompatibilities").get(0).get("rule").asText()).isEqualTo("SCHEMA_TYPE_CHANGED");
    assertThat(client.post("/compatibility/subjects/orders-value/versions/latest", schemaBody("PROTOBUF", ORDER)).json())
        .isEqualTo(json("{\"is_compatible\":false}"));
  }
}
