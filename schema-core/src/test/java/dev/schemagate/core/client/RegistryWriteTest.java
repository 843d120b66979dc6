package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryWriteTest extends AgainstFakeRegistry {
  @Test
  void registers_an_avro_schema_without_naming_the_default_type() {
    registry.answer("POST", "/subjects/OrderPlaced/versions", 200, "{\"id\":7}");

    assertThat(client.register("OrderPlaced", SchemaType.AVRO, "\"string\"", List.of())).isEqualTo(7);
    FakeRegistry.Request request = registry.onlyRequest();
    assertThat(request.body()).isEqualTo("{\"schema\":\"\\\"string\\\"\"}");
    assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
  }

  @Test
  void registers_a_json_schema_with_its_type_and_references() {
    registry.answer("POST", "/subjects/OrderPlaced/versions", 200, "{\"id\":8}");

    client.register("OrderPlaced", SchemaType.JSON, "{}", List.of(new SchemaReference("Money.json", "Money", 1)));

    assertThat(registry.onlyRequest().body()).isEqualTo(
        "{\"schema\":\"{}\",\"schemaType\":\"JSON\",\"references\":[{\"name\":\"Money.json\",\"subject\":\"Money\",\"version\":1}]}");
  }

  @Test
  void looks_up_the_version_that_holds_a_schema() {
    registry.answer("POST", "/subjects/OrderPlaced", 200,
        "{\"subject\":\"OrderPlaced\",\"version\":2,\"id\":9,\"schema\":\"\\\"string\\\"\"}");

    assertThat(client.lookup("OrderPlaced", SchemaType.AVRO, "\"string\"", List.of()))
        .hasValueSatisfying(v -> {
          assertThat(v.version()).isEqualTo(2);
          assertThat(v.id()).isEqualTo(9);
        });
  }

  @Test
  void a_lookup_of_an_unknown_schema_or_subject_is_empty() {
    registry.answer("POST", "/subjects/A", 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
    registry.answer("POST", "/subjects/B", 404, "{\"error_code\":40401,\"message\":\"Subject 'B' not found.\"}");

    assertThat(client.lookup("A", SchemaType.AVRO, "\"int\"", List.of())).isEmpty();
    assertThat(client.lookup("B", SchemaType.AVRO, "\"int\"", List.of())).isEmpty();
  }

  @Test
  void tests_compatibility_with_the_latest_version_verbosely() {
    registry.answer("POST", "/compatibility/subjects/OrderPlaced/versions/latest?verbose=true", 200,
        "{\"is_compatible\":false,\"messages\":[\"Field \\\"currency\\\" has no default\"]}");

    CompatibilityResult result = client.testCompatibility("OrderPlaced", SchemaType.AVRO, "\"int\"", List.of(), "latest", true);

    assertThat(result.isCompatible()).isFalse();
    assertThat(result.messages()).containsExactly("Field \"currency\" has no default");
    assertThat(registry.onlyRequest().body()).isEqualTo("{\"schema\":\"\\\"int\\\"\"}");
  }

  @Test
  void tests_compatibility_with_the_versions_the_level_implies() {
    registry.answer("POST", "/compatibility/subjects/OrderPlaced/versions", 200, "{\"is_compatible\":true}");

    CompatibilityResult result = client.testCompatibility("OrderPlaced", SchemaType.JSON, "{}", List.of(), null, false);

    assertThat(result).isEqualTo(new CompatibilityResult(true, List.of()));
  }
}
