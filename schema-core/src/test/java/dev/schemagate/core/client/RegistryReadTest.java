package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import org.junit.jupiter.api.Test;

class RegistryReadTest extends AgainstFakeRegistry {
  @Test
  void lists_subjects_with_a_get_that_accepts_the_registry_content_type() {
    registry.answer("GET", "/subjects", 200, "[\"OrderPlaced\",\"PaymentFailed\"]");

    assertThat(client.subjects()).containsExactly("OrderPlaced", "PaymentFailed");
    FakeRegistry.Request request = registry.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.target()).isEqualTo("/subjects");
    assertThat(request.header("Accept")).startsWith("application/vnd.schemaregistry.v1+json");
    assertThat(request.header("Authorization")).isNull();
    assertThat(request.body()).isEmpty();
  }

  @Test
  void lists_the_versions_of_a_subject() {
    registry.answer("GET", "/subjects/OrderPlaced/versions", 200, "[1,2,3]");

    assertThat(client.versions("OrderPlaced")).containsExactly(1, 2, 3);
  }

  @Test
  void gets_the_latest_version_with_type_and_references() {
    registry.answer("GET", "/subjects/OrderPlaced/versions/latest", 200, """
        {"subject":"OrderPlaced","version":3,"id":17,"schemaType":"JSON","schema":"{\\"type\\":\\"object\\"}",
         "references":[{"name":"Money.json","subject":"Money","version":2}]}""");

    SubjectVersion latest = client.latest("OrderPlaced");

    assertThat(latest.subject()).isEqualTo("OrderPlaced");
    assertThat(latest.version()).isEqualTo(3);
    assertThat(latest.id()).isEqualTo(17);
    assertThat(latest.schema().type()).isEqualTo(SchemaType.JSON);
    assertThat(latest.schema().text()).isEqualTo("{\"type\":\"object\"}");
    assertThat(latest.schema().references()).containsExactly(new SchemaReference("Money.json", "Money", 2));
  }

  @Test
  void a_version_without_schema_type_is_avro_as_the_api_defines() {
    registry.answer("GET", "/subjects/OrderPlaced/versions/2", 200,
        "{\"subject\":\"OrderPlaced\",\"version\":2,\"id\":5,\"schema\":\"\\\"string\\\"\"}");

    SubjectVersion version = client.version("OrderPlaced", 2);

    assertThat(version.schema()).isEqualTo(new RegisteredSchema(5, SchemaType.AVRO, "\"string\"", java.util.List.of()));
  }

  @Test
  void minus_one_and_latest_both_ask_for_the_latest_version() {
    registry.answer("GET", "/subjects/S/versions/latest", 200, "{\"subject\":\"S\",\"version\":1,\"id\":1,\"schema\":\"\\\"int\\\"\"}");

    client.version("S", "-1");
    client.version("S", " LATEST ");

    assertThat(registry.requests()).extracting(FakeRegistry.Request::target)
        .containsExactly("/subjects/S/versions/latest", "/subjects/S/versions/latest");
  }

  @Test
  void gets_a_schema_by_its_global_id() {
    registry.answer("GET", "/schemas/ids/42", 200, "{\"schema\":\"{\\\"type\\\":\\\"string\\\"}\",\"schemaType\":\"JSON\"}");

    assertThat(client.schemaById(42))
        .isEqualTo(new RegisteredSchema(42, SchemaType.JSON, "{\"type\":\"string\"}", java.util.List.of()));
  }

  @Test
  void subjects_with_slashes_spaces_and_unicode_are_percent_encoded_as_one_segment() {
    registry.answer("GET", "/subjects/orders%2Fplaced%20v%C3%A9-value/versions", 200, "[1]");

    assertThat(client.versions("orders/placed vé-value")).containsExactly(1);
  }

  @Test
  void a_base_url_with_a_path_and_trailing_slash_keeps_its_path() {
    registry.answer("GET", "/registry/subjects", 200, "[]");
    RegistryClient prefixed = RegistryClient.create(config -> config.url(registry.url() + "/registry/"));

    assertThat(prefixed.subjects()).isEmpty();
    assertThat(prefixed.url()).isEqualTo(registry.url() + "/registry");
  }
}
