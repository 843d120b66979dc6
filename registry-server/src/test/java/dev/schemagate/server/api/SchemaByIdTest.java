package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

class SchemaByIdTest extends ServerTest {

  private static final String JSON_SCHEMA = """
      {"type":"object","properties":{"id":{"type":"string"}}}""";

  @Test
  void answers_the_schema_string_and_its_type() {
    client.register("orders-value", null, "\"string\"");
    client.register("events-value", "JSON", JSON_SCHEMA);

    assertThat(client.get("/schemas/ids/1").json()).isEqualTo(json("{\"schemaType\":\"AVRO\",\"schema\":\"\\\"string\\\"\"}"));
    assertThat(client.get("/schemas/ids/2").json()).isEqualTo(json("""
        {"schemaType":"JSON","schema":"{\\"type\\":\\"object\\",\\"properties\\":{\\"id\\":{\\"type\\":\\"string\\"}}}"}"""));
  }

  @Test
  void the_raw_schema_is_the_text_itself() {
    client.register("events-value", "JSON", JSON_SCHEMA);

    Answer raw = client.get("/schemas/ids/1/schema");

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.text()).isEqualTo(JSON_SCHEMA);
  }

  @Test
  void lists_the_subjects_and_versions_that_use_an_id() {
    client.put("/config", json("{\"compatibility\":\"NONE\"}"));
    client.register("a-value", null, "\"string\"");
    client.register("b-value", null, "\"int\"");
    client.register("b-value", null, "\"string\"");

    assertThat(client.get("/schemas/ids/1/subjects").json()).isEqualTo(json("[\"a-value\",\"b-value\"]"));
    assertThat(client.get("/schemas/ids/1/versions").json())
        .isEqualTo(json("[{\"subject\":\"a-value\",\"version\":1},{\"subject\":\"b-value\",\"version\":2}]"));
  }

  @Test
  void a_subject_parameter_requires_the_schema_to_be_under_that_subject() {
    client.register("a-value", null, "\"string\"");
    client.register("b-value", null, "\"int\"");

    assertThat(client.get("/schemas/ids/1?subject=a-value").status()).isEqualTo(200);
    assertThat(client.get("/schemas/ids/1?subject=b-value").json())
        .isEqualTo(json("{\"error_code\":40403,\"message\":\"Schema 1 not found under subject 'b-value'.\"}"));
  }

  @Test
  void fetch_max_id_adds_the_highest_id() {
    client.register("a-value", null, "\"string\"");
    client.register("b-value", null, "\"int\"");

    assertThat(client.get("/schemas/ids/1?fetchMaxId=true").json())
        .isEqualTo(json("{\"schemaType\":\"AVRO\",\"schema\":\"\\\"string\\\"\",\"maxId\":2}"));
  }

  @Test
  void unknown_or_impossible_ids_are_40403() {
    assertThat(client.get("/schemas/ids/7").json())
        .isEqualTo(json("{\"error_code\":40403,\"message\":\"Schema 7 not found.\"}"));
    for (String id : new String[] {"-5", "0", "99999999999", "abc"}) {
      Answer answer = client.get("/schemas/ids/" + id);
      assertThat(answer.status()).as(id).isEqualTo(404);
      assertThat(answer.json().get("error_code").asInt()).as(id).isEqualTo(40403);
    }
    assertThat(client.get("/schemas/ids/7/subjects").json().get("error_code").asInt()).isEqualTo(40403);
    assertThat(client.get("/schemas/ids/7/versions").json().get("error_code").asInt()).isEqualTo(40403);
  }

  @Test
  void an_id_stays_readable_after_its_version_is_soft_deleted_and_goes_with_the_last_permanent_delete() {
    client.register("a-value", null, "\"string\"");
    client.delete("/subjects/a-value");

    assertThat(client.get("/schemas/ids/1").status()).isEqualTo(200);
    assertThat(client.get("/schemas/ids/1/subjects").json()).isEqualTo(json("[]"));
    assertThat(client.get("/schemas/ids/1/subjects?deleted=true").json()).isEqualTo(json("[\"a-value\"]"));

    client.delete("/subjects/a-value?permanent=true");

    assertThat(client.get("/schemas/ids/1").json().get("error_code").asInt()).isEqualTo(40403);
    assertThat(client.register("a-value", null, "\"string\"").json().get("id").asInt())
        .as("ids are never handed out twice").isEqualTo(2);
  }

  @Test
  void an_id_deleted_for_good_is_not_handed_out_again_after_a_restart() {
    client.register("a-value", null, "\"string\"");
    client.register("b-value", null, "\"int\"");
    client.delete("/subjects/b-value");
    client.delete("/subjects/b-value?permanent=true");
    server.close();

    server = RegistryServer.create(config -> sameStore(config.host("127.0.0.1").port(0))).start();
    client = new HttpClientForTests(server.url());

    assertThat(client.get("/schemas/ids/2").json().get("error_code").asInt()).isEqualTo(40403);
    assertThat(client.register("c-value", null, "\"long\"").json().get("id").asInt()).isEqualTo(3);
    assertThat(client.register("b-value", null, "\"int\"").json().get("id").asInt()).as("the same schema again").isEqualTo(4);
  }

  @Test
  void lists_every_schema_version_with_filters() {
    client.put("/config", json("{\"compatibility\":\"NONE\"}"));
    client.register("a-value", null, "\"string\"");
    client.register("a-value", null, "\"int\"");
    client.register("b-value", null, "\"long\"");

    assertThat(client.get("/schemas").json()).extracting(n -> n.get("subject").asText() + "/" + n.get("version").asInt())
        .containsExactly("a-value/1", "a-value/2", "b-value/1");
    assertThat(client.get("/schemas?latestOnly=true").json()).extracting(n -> n.get("subject").asText() + "/" + n.get("version").asInt())
        .containsExactly("a-value/2", "b-value/1");
    assertThat(client.get("/schemas?subjectPrefix=b").json()).hasSize(1);
    assertThat(client.get("/schemas?offset=1&limit=1").json()).extracting(n -> n.get("version").asInt()).containsExactly(2);
  }

  @Test
  void lists_at_most_a_thousand_versions_a_page_as_confluent_does() throws Exception {
    client.register("a-value", null, "\"string\"");
    try (Connection db = storeConnection();
        PreparedStatement insert = db.prepareStatement(
            "INSERT INTO subject_versions (subject, version, schema_id, deleted, registered_at) VALUES (?, 1, 1, 0, 0)")) {
      db.setAutoCommit(false);
      for (int n = 0; n < 1_004; n++) {
        insert.setString(1, "bulk-%04d".formatted(n));
        insert.addBatch();
      }
      insert.executeBatch();
      db.commit();
    }

    assertThat(client.get("/schemas").json()).hasSize(1_000);
    assertThat(client.get("/schemas?limit=5000").json()).hasSize(1_000);
    assertThat(client.get("/schemas?offset=1001").json()).extracting(n -> n.get("subject").asText())
        .containsExactly("bulk-1000", "bulk-1001", "bulk-1002", "bulk-1003");
    assertThat(client.get("/schemas?offset=1004&limit=1").json()).extracting(n -> n.get("subject").asText())
        .containsExactly("bulk-1003");
    assertThat(client.get("/metrics").text()).contains("\nkafka_schema_registry_registered_count 1005\n");
  }

  @Test
  void lists_the_schema_types_it_reads() {
    assertThat(client.get("/schemas/types").json()).isEqualTo(json("[\"AVRO\",\"JSON\",\"PROTOBUF\"]"));
  }
}
