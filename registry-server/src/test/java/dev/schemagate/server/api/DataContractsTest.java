package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class DataContractsTest extends ServerTest {

  private static com.fasterxml.jackson.databind.node.ObjectNode body(String schema, String metadata) {
    var node = dev.schemagate.server.testing.HttpClientForTests.MAPPER.createObjectNode().put("schema", schema);
    if (metadata != null) {
      node.set("metadata", json(metadata));
    }
    return node;
  }

  @Test
  void metadata_merges_configured_defaults_the_request_and_configured_overrides() {
    client.put("/config/orders-value", json("""
        {"compatibility":"NONE",
         "defaultMetadata":{"properties":{"owner":"platform","tier":"bronze"},"sensitive":["ssn"]},
         "overrideMetadata":{"properties":{"tier":"gold"}}}"""));

    client.post("/subjects/orders-value/versions", body(USER_V1, "{\"properties\":{\"tier\":\"silver\",\"domain\":\"sales\"},\"sensitive\":[\"email\"]}"));

    assertThat(client.get("/subjects/orders-value/versions/1").json().get("metadata")).isEqualTo(json("""
        {"properties":{"owner":"platform","tier":"gold","domain":"sales"},"sensitive":["ssn","email"]}"""));
  }

  @Test
  void a_version_without_metadata_inherits_the_previous_one() {
    client.post("/subjects/orders-value/versions", body(USER_V1, "{\"properties\":{\"owner\":\"team-data\"}}"));

    client.post("/subjects/orders-value/versions", body(USER_V2_WITH_DEFAULT, null));

    assertThat(client.get("/subjects/orders-value/versions/2").json().get("metadata"))
        .isEqualTo(json("{\"properties\":{\"owner\":\"team-data\"}}"));
    assertThat(client.post("/subjects/orders-value", body(USER_V2_WITH_DEFAULT, null)).json().get("version").asInt())
        .as("a lookup without metadata still finds it").isEqualTo(2);
  }

  @Test
  void the_same_schema_with_other_metadata_is_another_schema() {
    client.put("/config", json("{\"compatibility\":\"NONE\"}"));
    int first = client.post("/subjects/a-value/versions", body(USER_V1, "{\"properties\":{\"v\":\"1\"}}")).json().get("id").asInt();

    int second = client.post("/subjects/b-value/versions", body(USER_V1, "{\"properties\":{\"v\":\"2\"}}")).json().get("id").asInt();

    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void validate_fields_refuses_reserved_names_and_dropped_reservations() {
    client.put("/config", json("{\"compatibility\":\"NONE\",\"validateFields\":true}"));

    Answer clash = client.post("/subjects/orders-value/versions",
        body(USER_V1, "{\"properties\":{\"confluent:reserved\":\"x, name\"}}"));
    assertThat(clash.status()).isEqualTo(409);
    assertThat(clash.json().get("message").asText()).isEqualTo("Schema being registered is incompatible with an earlier"
        + " schema for subject \"orders-value\": The new schema has field that conflicts with the reserved field name;"
        + " rename the field or stop reserving the name.");

    client.post("/subjects/orders-value/versions", body(USER_V1, "{\"properties\":{\"confluent:reserved\":\"future\"}}"));
    Answer dropped = client.post("/subjects/orders-value/versions",
        body(USER_V2_WITH_DEFAULT, "{\"properties\":{\"confluent:reserved\":\"other\"}}"));
    assertThat(dropped.status()).isEqualTo(409);
    assertThat(dropped.json().get("message").asText()).endsWith("The new schema has reserved field future removed from its"
        + " metadata; a reserved name stays reserved, so keep it in \"confluent:reserved\".");
  }

  @Test
  void a_compatibility_group_checks_only_versions_of_the_same_group() {
    client.put("/config/orders-value", json("{\"compatibility\":\"BACKWARD\",\"compatibilityGroup\":\"major\"}"));
    client.post("/subjects/orders-value/versions", body(USER_V1, "{\"properties\":{\"major\":\"1\"}}"));

    assertThat(client.post("/subjects/orders-value/versions", body(USER_V2_WITHOUT_DEFAULT, "{\"properties\":{\"major\":\"1\"}}"))
        .status()).isEqualTo(409);
    assertThat(client.post("/subjects/orders-value/versions", body(USER_V2_WITHOUT_DEFAULT, "{\"properties\":{\"major\":\"2\"}}"))
        .status()).isEqualTo(200);
  }

  @Test
  void an_alias_serves_the_subject_it_names() {
    client.register("orders-value", null, USER_V1);
    client.put("/config/orders", json("{\"alias\":\"orders-value\"}"));

    assertThat(client.get("/subjects/orders/versions/1").json().get("subject").asText()).isEqualTo("orders-value");
    client.register("orders", null, USER_V2_WITH_DEFAULT);
    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[1,2]"));
  }
}
