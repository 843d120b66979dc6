package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class SubjectReadsTest extends ServerTest {

  @Test
  void a_version_answers_subject_version_id_type_and_schema() {
    client.register("orders-value", null, USER_V1);

    Answer answer = client.get("/subjects/orders-value/versions/1");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(json("""
        {"subject":"orders-value","version":1,"id":1,"schemaType":"AVRO",
         "schema":"{\\"type\\":\\"record\\",\\"name\\":\\"User\\",\\"fields\\":[{\\"name\\":\\"name\\",\\"type\\":\\"string\\"}]}"}"""));
  }

  @Test
  void latest_and_minus_one_name_the_newest_version() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITH_DEFAULT);

    assertThat(client.get("/subjects/orders-value/versions/latest").json().get("version").asInt()).isEqualTo(2);
    assertThat(client.get("/subjects/orders-value/versions/-1").json().get("version").asInt()).isEqualTo(2);
  }

  @Test
  void the_versions_of_a_subject_are_listed_in_order() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITH_DEFAULT);

    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[1,2]"));
  }

  @Test
  void an_unknown_subject_is_40401_and_an_unknown_version_40402() {
    client.register("orders-value", null, USER_V1);

    assertThat(client.get("/subjects/nobody/versions").json())
        .isEqualTo(json("{\"error_code\":40401,\"message\":\"Subject 'nobody' not found.\"}"));
    assertThat(client.get("/subjects/orders-value/versions/7").json())
        .isEqualTo(json("{\"error_code\":40402,\"message\":\"Version 7 not found under subject 'orders-value'.\"}"));
  }

  @Test
  void the_raw_schema_of_a_version_is_the_text_itself() {
    client.register("orders-value", null, USER_V1);

    Answer raw = client.get("/subjects/orders-value/versions/latest/schema");

    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.text()).isEqualTo(USER_V1);
  }

  @Test
  void subjects_are_listed_sorted_with_prefix_and_deleted_filters() {
    client.register("b-value", null, USER_V1);
    client.register("a-value", null, USER_V1);
    client.register("a-key", null, USER_V1);
    client.delete("/subjects/b-value");

    assertThat(client.get("/subjects").json()).isEqualTo(json("[\"a-key\",\"a-value\"]"));
    assertThat(client.get("/subjects?subjectPrefix=a-v").json()).isEqualTo(json("[\"a-value\"]"));
    assertThat(client.get("/subjects?deleted=true").json()).isEqualTo(json("[\"a-key\",\"a-value\",\"b-value\"]"));
    assertThat(client.get("/subjects?deletedOnly=true").json()).isEqualTo(json("[\"b-value\"]"));
    assertThat(client.get("/subjects?offset=1&limit=1").json()).isEqualTo(json("[\"a-value\"]"));
  }

  @Test
  void deleted_only_lists_the_soft_deleted_versions() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITH_DEFAULT);
    client.delete("/subjects/orders-value/versions/1");

    assertThat(client.get("/subjects/orders-value/versions?deletedOnly=true").json()).isEqualTo(json("[1]"));
    assertThat(client.get("/subjects/orders-value/versions/1").json().get("error_code").asInt()).isEqualTo(40402);
    assertThat(client.get("/subjects/orders-value/versions/1?deleted=true").json().get("version").asInt()).isEqualTo(1);
  }
}
