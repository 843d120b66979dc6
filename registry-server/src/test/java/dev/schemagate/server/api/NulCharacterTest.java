package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

/**
 * Text holding U+0000 (and U+0001, the character PostgreSQL's escaping uses) is stored and answered
 * exactly as sent on every store, and a query naming it is answered, not failed: PostgreSQL refuses
 * U+0000 in text, SQLite does not, and both stores must behave alike.
 */
class NulCharacterTest extends ServerTest {
  private static final String PROTO = "syntax = \"proto3\";\n// a\u0000b \u0001 \u0001\u0001 \u0000\u0001 end\u0000\n"
      + "message Order {\n  string id = 1;\n}\n";

  @Test
  void a_schema_text_with_nul_characters_is_stored_and_answered_byte_exact() {
    Answer registered = client.register("orders-value", "PROTOBUF", PROTO);

    assertThat(registered.status()).isEqualTo(200);
    assertThat(registered.json().get("schema").asText()).isEqualTo(PROTO);
    assertThat(client.get("/schemas/ids/1/schema").text()).isEqualTo(PROTO);
    assertThat(client.get("/subjects/orders-value/versions/1").json().get("schema").asText()).isEqualTo(PROTO);
    assertThat(client.post("/subjects/orders-value", HttpClientForTests.schemaBody("PROTOBUF", PROTO)).json().get("version").asInt())
        .isEqualTo(1);
    assertThat(client.register("copy-value", "PROTOBUF", PROTO).json().get("id").asInt()).as("the same content, the same id").isEqualTo(1);
  }

  @Test
  void a_reference_name_and_metadata_with_nul_characters_come_back_as_sent() {
    ObjectNode used = HttpClientForTests.schemaBody(null, "\"int\"");
    used.putObject("metadata").putObject("properties").put("owner\u0000", "team\u0000\u0001");
    assertThat(client.post("/subjects/amount/versions", used).status()).isEqualTo(200);
    ObjectNode using = HttpClientForTests.schemaBody(null, "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}]}");
    using.putArray("references").addObject().put("name", "amount\u0000.avsc").put("subject", "amount").put("version", 1);

    assertThat(client.post("/subjects/order/versions", using).status()).isEqualTo(200);

    assertThat(client.get("/subjects/amount/versions/1").json().get("metadata"))
        .isEqualTo(HttpClientForTests.MAPPER.createObjectNode().set("properties",
            HttpClientForTests.MAPPER.createObjectNode().put("owner\u0000", "team\u0000\u0001")));
    assertThat(client.get("/subjects/order/versions/1").json().get("references").get(0).get("name").asText())
        .isEqualTo("amount\u0000.avsc");
    assertThat(client.get("/subjects/amount/versions/1/referencedby").json()).isEqualTo(json("[2]"));
  }

  @Test
  void queries_naming_a_nul_character_find_nothing_rather_than_fail() {
    client.register("orders-value", null, "\"string\"");

    assertThat(client.get("/subjects?subjectPrefix=%00").json()).isEqualTo(json("[]"));
    assertThat(client.get("/schemas?subjectPrefix=orders%00").json()).isEqualTo(json("[]"));
    assertThat(client.get("/schemas/ids/1/versions?subject=%00").json()).isEqualTo(json("[{\"subject\":\"orders-value\",\"version\":1}]"));
    Answer underNul = client.get("/schemas/ids/1?subject=orders%00");
    assertThat(underNul.status()).isEqualTo(404);
    assertThat(underNul.json().get("error_code").asInt()).isEqualTo(40403);
    assertThat(client.get("/audit?subject=%00").json()).isEqualTo(json("[]"));
    assertThat(client.get("/subjects?subjectPrefix=orders").json()).isEqualTo(json("[\"orders-value\"]"));
  }
}
