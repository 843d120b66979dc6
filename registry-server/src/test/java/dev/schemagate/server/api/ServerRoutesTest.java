package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ServerRoutesTest extends ServerTest {

  @Test
  void the_root_answers_an_empty_object() {
    Answer root = client.get("/");

    assertThat(root.status()).isEqualTo(200);
    assertThat(root.json()).isEqualTo(json("{}"));
    assertThat(root.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void the_cluster_id_version_and_contexts_are_answered() {
    assertThat(client.get("/v1/metadata/id").json())
        .isEqualTo(json("{\"scope\":{\"path\":[],\"clusters\":{\"schema-registry-cluster\":\"schemagate\"}},\"id\":\"schemagate\"}"));
    assertThat(client.get("/v1/metadata/version").json().has("version")).isTrue();
    assertThat(client.get("/contexts").json()).isEqualTo(json("[\".\"]"));
  }

  @Test
  void metrics_count_registrations_successes_and_failures_under_confluent_names() {
    client.register("orders-value", null, USER_V1);
    client.get("/subjects/nobody/versions");

    String metrics = client.get("/metrics").text();

    assertThat(metrics).contains("\nkafka_schema_registry_registered_count 1\n", "\nkafka_schema_registry_node_count 1\n",
        "\nkafka_schema_registry_master_slave_role 1\n", "# TYPE kafka_schema_registry_api_success_count counter\n");
    assertThat(metrics).containsPattern("\nkafka_schema_registry_api_failure_count [1-9]\\d*\n");
  }
}
