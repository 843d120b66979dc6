package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeletionTest extends ServerTest {

  @BeforeEach
  void twoVersions() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITH_DEFAULT);
  }

  @Test
  void a_soft_delete_of_a_subject_answers_its_versions_and_hides_them() {
    Answer answer = client.delete("/subjects/orders-value");

    assertThat(answer.json()).isEqualTo(json("[1,2]"));
    assertThat(client.get("/subjects").json()).isEqualTo(json("[]"));
    assertThat(client.get("/subjects?deleted=true").json()).isEqualTo(json("[\"orders-value\"]"));
    assertThat(client.get("/subjects/orders-value/versions").json().get("error_code").asInt()).isEqualTo(40401);
    assertThat(client.get("/subjects/orders-value/versions?deleted=true").json()).isEqualTo(json("[1,2]"));
    assertThat(client.get("/subjects/orders-value/versions/1?deleted=true").json().get("deleted").asBoolean()).isTrue();
  }

  @Test
  void deleting_a_soft_deleted_subject_again_is_40404() {
    client.delete("/subjects/orders-value");

    assertThat(client.delete("/subjects/orders-value").json()).isEqualTo(json("""
        {"error_code":40404,"message":"Subject 'orders-value' was soft deleted. Set permanent=true to delete permanently."}"""));
  }

  @Test
  void a_permanent_delete_needs_a_soft_delete_first_40405() {
    Answer answer = client.delete("/subjects/orders-value?permanent=true");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(40405);
  }

  @Test
  void a_permanent_delete_removes_the_subject_its_configuration_and_its_numbering() {
    client.put("/config/orders-value", json("{\"compatibility\":\"FULL\"}"));
    client.delete("/subjects/orders-value");

    assertThat(client.delete("/subjects/orders-value?permanent=true").json()).isEqualTo(json("[1,2]"));

    assertThat(client.get("/subjects?deleted=true").json()).isEqualTo(json("[]"));
    assertThat(client.get("/config/orders-value").json().get("error_code").asInt()).isEqualTo(40408);
    assertThat(client.register("orders-value", null, USER_V1).json().get("version").asInt()).isEqualTo(1);
  }

  @Test
  void an_unknown_subject_is_40401() {
    assertThat(client.delete("/subjects/nobody").json().get("error_code").asInt()).isEqualTo(40401);
    assertThat(client.delete("/subjects/nobody/versions/1").json().get("error_code").asInt()).isEqualTo(40401);
  }

  @Test
  void a_version_is_deleted_softly_then_permanently() {
    assertThat(client.delete("/subjects/orders-value/versions/1").text()).isEqualTo("1");
    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[2]"));

    assertThat(client.delete("/subjects/orders-value/versions/1?permanent=true").text()).isEqualTo("1");
    assertThat(client.get("/subjects/orders-value/versions?deleted=true").json()).isEqualTo(json("[2]"));
  }

  @Test
  void latest_deletes_the_newest_live_version() {
    assertThat(client.delete("/subjects/orders-value/versions/latest").text()).isEqualTo("2");
    assertThat(client.delete("/subjects/orders-value/versions/-1").text()).isEqualTo("1");
  }

  @Test
  void version_delete_errors_are_40402_40406_and_40407() {
    assertThat(client.delete("/subjects/orders-value/versions/9").json().get("error_code").asInt()).isEqualTo(40402);
    assertThat(client.delete("/subjects/orders-value/versions/2?permanent=true").json().get("error_code").asInt())
        .isEqualTo(40407);
    client.delete("/subjects/orders-value/versions/2");
    assertThat(client.delete("/subjects/orders-value/versions/2").json().get("error_code").asInt()).isEqualTo(40406);
    assertThat(client.delete("/subjects/orders-value/versions/abc").json().get("error_code").asInt()).isEqualTo(42202);
  }

  @Test
  void a_soft_deleted_version_is_left_out_of_compatibility_checks() {
    client.delete("/subjects/orders-value/versions/2");
    String incompatibleWithV2Only = """
        {"type":"record","name":"User","fields":[{"name":"name","type":"string"},{"name":"email","type":"int","default":0}]}""";

    assertThat(client.post("/compatibility/subjects/orders-value/versions/latest", schemaBody(null, incompatibleWithV2Only))
        .json()).isEqualTo(json("{\"is_compatible\":true}"));
    assertThat(client.register("orders-value", null, incompatibleWithV2Only).json().get("version").asInt()).isEqualTo(3);
  }
}
