package dev.schemagate.server.api;

import static dev.schemagate.server.testing.CoreExpectations.incompatibilities;
import static dev.schemagate.server.testing.CoreExpectations.messages;
import static dev.schemagate.server.testing.CoreExpectations.report;
import static dev.schemagate.server.testing.HttpClientForTests.MAPPER;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class CompatibilityCheckTest extends ServerTest {

  @Test
  void a_compatible_schema_is_compatible_with_the_latest_version() {
    client.register("orders-value", null, USER_V1);

    Answer answer = client.post("/compatibility/subjects/orders-value/versions/latest", schemaBody(null, USER_V2_WITH_DEFAULT));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void an_incompatible_schema_is_reported_without_details_unless_verbose() {
    client.register("orders-value", null, USER_V1);

    Answer answer = client.post("/compatibility/subjects/orders-value/versions/latest", schemaBody(null, USER_V2_WITHOUT_DEFAULT));

    assertThat(answer.json()).isEqualTo(json("{\"is_compatible\":false}"));
  }

  @Test
  void verbose_adds_messages_as_strings_and_the_structured_reasons() {
    client.register("orders-value", null, USER_V1);
    CompatibilityReport core = report(SchemaType.AVRO, USER_V1, USER_V2_WITHOUT_DEFAULT, CompatibilityLevel.BACKWARD);

    Answer answer =
        client.post("/compatibility/subjects/orders-value/versions/latest?verbose=true", schemaBody(null, USER_V2_WITHOUT_DEFAULT));

    ObjectNode expected = MAPPER.createObjectNode().put("is_compatible", false);
    expected.set("messages", messages(core));
    expected.set("incompatibilities", incompatibilities(core));
    assertThat(answer.json()).isEqualTo(expected);
    assertThat(core.messages()).isNotEmpty().allSatisfy(m -> assertThat(m).contains("[READER_FIELD_MISSING_DEFAULT_VALUE]"));
  }

  @Test
  void latest_of_a_subject_without_versions_is_compatible() {
    Answer answer = client.post("/compatibility/subjects/new-value/versions/latest", schemaBody(null, USER_V1));

    assertThat(answer.json()).isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void the_subject_level_decides_the_check() {
    client.register("orders-value", null, USER_V1);
    client.put("/config/orders-value", json("{\"compatibility\":\"NONE\"}"));

    Answer answer = client.post("/compatibility/subjects/orders-value/versions/latest", schemaBody(null, USER_V2_WITHOUT_DEFAULT));

    assertThat(answer.json()).isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void the_versions_endpoint_checks_what_the_level_implies() {
    client.put("/config/orders-value", json("{\"compatibility\":\"NONE\"}"));
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, "\"string\"");
    String candidate = "\"string\"";

    client.put("/config/orders-value", json("{\"compatibility\":\"BACKWARD\"}"));
    assertThat(client.post("/compatibility/subjects/orders-value/versions", schemaBody(null, candidate)).json())
        .as("only the latest").isEqualTo(json("{\"is_compatible\":true}"));
    client.put("/config/orders-value", json("{\"compatibility\":\"BACKWARD_TRANSITIVE\"}"));
    Answer all = client.post("/compatibility/subjects/orders-value/versions?verbose=true", schemaBody(null, candidate));
    assertThat(all.json().get("is_compatible").asBoolean()).as("every version").isFalse();
    assertThat(all.json().get("incompatibilities").get(0).get("oldVersion").asInt()).isEqualTo(1);
  }

  @Test
  void a_numbered_version_is_checked_alone() {
    client.put("/config/orders-value", json("{\"compatibility\":\"NONE\"}"));
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, "\"string\"");
    client.put("/config/orders-value", json("{\"compatibility\":\"BACKWARD\"}"));

    assertThat(client.post("/compatibility/subjects/orders-value/versions/1", schemaBody(null, "\"string\"")).json())
        .isEqualTo(json("{\"is_compatible\":false}"));
    assertThat(client.post("/compatibility/subjects/orders-value/versions/2", schemaBody(null, "\"string\"")).json())
        .isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void a_version_that_does_not_exist_is_40402_even_without_the_subject() {
    client.register("orders-value", null, USER_V1);

    assertThat(client.post("/compatibility/subjects/orders-value/versions/5", schemaBody(null, USER_V1)).json())
        .isEqualTo(json("{\"error_code\":40402,\"message\":\"Version 5 not found under subject 'orders-value'.\"}"));
    assertThat(client.post("/compatibility/subjects/nobody/versions/1", schemaBody(null, USER_V1)).json().get("error_code")
        .asInt()).isEqualTo(40402);
    assertThat(client.post("/compatibility/subjects/nobody/versions", schemaBody(null, USER_V1)).json())
        .isEqualTo(json("{\"is_compatible\":true}"));
  }

  @Test
  void an_invalid_candidate_is_42201_and_an_invalid_version_42202() {
    client.register("orders-value", null, USER_V1);

    assertThat(client.post("/compatibility/subjects/orders-value/versions/latest", schemaBody(null, "{")).json()
        .get("error_code").asInt()).isEqualTo(42201);
    assertThat(client.post("/compatibility/subjects/orders-value/versions/0", schemaBody(null, USER_V1)).json()
        .get("error_code").asInt()).isEqualTo(42202);
  }
}
