package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class LookupTest extends ServerTest {

  @Test
  void finds_the_version_holding_the_schema_whatever_its_layout() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITH_DEFAULT);

    Answer answer = client.post("/subjects/orders-value", schemaBody(null, USER_V1.replace(",", ", ")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(json("""
        {"subject":"orders-value","version":1,"id":1,"schemaType":"AVRO",
         "schema":"{\\"type\\":\\"record\\",\\"name\\":\\"User\\",\\"fields\\":[{\\"name\\":\\"name\\",\\"type\\":\\"string\\"}]}"}"""));
  }

  @Test
  void a_subject_without_versions_is_40401() {
    Answer answer = client.post("/subjects/nobody", schemaBody(null, USER_V1));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json()).isEqualTo(json("{\"error_code\":40401,\"message\":\"Subject 'nobody' not found.\"}"));
  }

  @Test
  void a_schema_not_under_the_subject_is_40403() {
    client.register("orders-value", null, USER_V1);
    client.register("other-value", null, "\"string\"");

    Answer answer = client.post("/subjects/orders-value", schemaBody(null, "\"string\""));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json())
        .isEqualTo(json("{\"error_code\":40403,\"message\":\"Schema not found under subject 'orders-value'.\"}"));
  }

  @Test
  void a_request_without_a_schema_finds_nothing() {
    client.register("orders-value", null, USER_V1);

    Answer answer = client.post("/subjects/orders-value", json("{}"));

    assertThat(answer.json().get("error_code").asInt()).isEqualTo(40403);
  }

  @Test
  void soft_deleted_versions_are_found_only_when_asked() {
    client.register("orders-value", null, USER_V1);
    client.delete("/subjects/orders-value");

    assertThat(client.post("/subjects/orders-value", schemaBody(null, USER_V1)).json().get("error_code").asInt())
        .isEqualTo(40401);
    Answer deleted = client.post("/subjects/orders-value?deleted=true", schemaBody(null, USER_V1));
    assertThat(deleted.json().get("version").asInt()).isEqualTo(1);
    assertThat(deleted.json().get("deleted").asBoolean()).isTrue();
  }
}
