package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.MAPPER;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ReferencesTest extends ServerTest {
  private static final String ADDRESS = """
      {"type":"record","name":"Address","namespace":"shop","fields":[{"name":"street","type":"string"}]}""";
  private static final String CUSTOMER = """
      {"type":"record","name":"Customer","namespace":"shop","fields":[{"name":"home","type":"shop.Address"}]}""";

  private static ObjectNode withReference(String type, String schema, String name, String subject, int version) {
    ObjectNode body = MAPPER.createObjectNode().put("schema", schema);
    if (type != null) {
      body.put("schemaType", type);
    }
    body.putArray("references").addObject().put("name", name).put("subject", subject).put("version", version);
    return body;
  }

  @Test
  void an_avro_schema_uses_a_named_type_of_another_subject() {
    client.register("address-value", null, ADDRESS);

    Answer answer = client.post("/subjects/customer-value/versions", withReference(null, CUSTOMER, "shop.Address", "address-value", 1));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(client.get("/subjects/customer-value/versions/1").json().get("references"))
        .isEqualTo(json("[{\"name\":\"shop.Address\",\"subject\":\"address-value\",\"version\":1}]"));
    assertThat(client.get("/schemas/ids/2").json().get("references")).isEqualTo(json(
        "[{\"name\":\"shop.Address\",\"subject\":\"address-value\",\"version\":1}]"));
    assertThat(client.get("/subjects/address-value/versions/1/referencedby").json()).isEqualTo(json("[2]"));
  }

  @Test
  void a_json_schema_refs_another_subject_and_a_protobuf_schema_imports_one() {
    client.register("money-value", "JSON", "{\"type\":\"object\",\"properties\":{\"cents\":{\"type\":\"integer\"}}}");
    client.register("common-proto", "PROTOBUF", "syntax = \"proto3\"; package common; message Money { int64 cents = 1; }");

    Answer json = client.post("/subjects/price-value/versions", withReference("JSON",
        "{\"type\":\"object\",\"properties\":{\"amount\":{\"$ref\":\"money.json\"}}}", "money.json", "money-value", 1));
    Answer proto = client.post("/subjects/price-proto/versions", withReference("PROTOBUF",
        "syntax = \"proto3\"; import \"common.proto\"; message Price { common.Money amount = 1; }",
        "common.proto", "common-proto", 1));

    assertThat(json.status()).isEqualTo(200);
    assertThat(proto.status()).isEqualTo(200);
  }

  @Test
  void a_referenced_version_cannot_be_deleted_while_a_live_schema_uses_it() {
    client.register("address-value", null, ADDRESS);
    client.post("/subjects/customer-value/versions", withReference(null, CUSTOMER, "shop.Address", "address-value", 1));

    Answer refused = client.delete("/subjects/address-value");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":42206,
         "message":"One or more references exist to the schema {subject=address-value,version=1}: subject 'customer-value' version 1 uses it; delete that first."}"""));
    assertThat(client.delete("/subjects/address-value/versions/1").json().get("error_code").asInt()).isEqualTo(42206);

    client.delete("/subjects/customer-value");
    assertThat(client.delete("/subjects/address-value").status()).isEqualTo(200);
  }

  @Test
  void a_version_that_a_later_version_of_its_own_subject_uses_cannot_be_deleted_alone() {
    client.put("/config/shop-value", json("{\"compatibility\":\"NONE\"}"));
    client.register("shop-value", null, ADDRESS);
    client.post("/subjects/shop-value/versions", withReference(null, CUSTOMER, "shop.Address", "shop-value", 1));

    Answer refused = client.delete("/subjects/shop-value/versions/1");

    assertThat(refused.json()).isEqualTo(json("""
        {"error_code":42206,
         "message":"One or more references exist to the schema {subject=shop-value,version=1}: subject 'shop-value' version 2 uses it; delete that first."}"""));
    assertThat(client.get("/subjects/shop-value/versions/2").status()).isEqualTo(200);
    assertThat(client.delete("/subjects/shop-value").json()).as("the whole subject goes with its own references").isEqualTo(json("[1,2]"));
  }

  @Test
  void a_reference_to_nothing_is_42201() {
    Answer answer = client.post("/subjects/customer-value/versions", withReference(null, CUSTOMER, "shop.Address", "address-value", 1));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42201);
    assertThat(answer.json().get("message").asText()).isEqualTo("Invalid schema: The reference \"shop.Address\" names subject"
        + " \"address-value\" version 1, which is not registered; register it first or fix the reference.");
  }

  @Test
  void a_reference_to_another_schema_type_is_42201() {
    client.register("address-proto", "PROTOBUF", "syntax = \"proto3\"; message Address { string street = 1; }");

    Answer answer = client.post("/subjects/customer-value/versions", withReference(null, CUSTOMER, "shop.Address", "address-proto", 1));

    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42201);
    assertThat(answer.json().get("message").asText()).isEqualTo("Invalid schema: The reference \"shop.Address\" names subject"
        + " \"address-proto\" version 1, which is a PROTOBUF schema; AVRO schemas can only use AVRO schemas.");
  }

  @Test
  void a_reference_to_latest_is_pinned_to_the_version_it_names_when_registered() {
    client.register("address-value", null, ADDRESS);

    client.post("/subjects/customer-value/versions", withReference(null, CUSTOMER, "shop.Address", "address-value", -1));

    assertThat(client.get("/subjects/customer-value/versions/1").json().get("references").get(0).get("version").asInt())
        .isEqualTo(1);
  }
}
