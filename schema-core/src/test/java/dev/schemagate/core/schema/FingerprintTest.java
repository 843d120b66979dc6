package dev.schemagate.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  @Test
  void json_schemas_differing_only_in_whitespace_and_key_order_share_a_fingerprint() {
    ParsedSchema compact = SchemaParser.parse(SchemaType.JSON, "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
    ParsedSchema spread = SchemaParser.parse(SchemaType.JSON, "{ \"properties\": { \"a\": { \"type\": \"string\" } },\n  \"type\": \"object\" }");

    assertThat(spread.fingerprint()).isEqualTo(compact.fingerprint());
    assertThat(spread.canonicalText()).isEqualTo("{\"properties\":{\"a\":{\"type\":\"string\"}},\"type\":\"object\"}");
  }

  @Test
  void avro_schemas_naming_types_with_namespace_or_full_name_share_a_fingerprint() {
    ParsedSchema withNamespace = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"E\",\"namespace\":\"com.example\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    ParsedSchema fullName = SchemaParser.parse(SchemaType.AVRO,
        "{\"fields\":[{\"type\":\"int\",\"name\":\"a\"}], \"name\":\"com.example.E\", \"type\":\"record\"}");

    assertThat(fullName.fingerprint()).isEqualTo(withNamespace.fingerprint());
    assertThat(fullName.canonicalText())
        .isEqualTo("{\"fields\":[{\"name\":\"a\",\"type\":\"int\"}],\"name\":\"com.example.E\",\"type\":\"record\"}");
  }

  @Test
  void avro_schemas_differing_in_a_default_have_different_fingerprints() {
    ParsedSchema noDefault = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    ParsedSchema withDefault = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"int\",\"default\":0}]}");

    assertThat(withDefault.fingerprint()).isNotEqualTo(noDefault.fingerprint());
  }

  @Test
  void the_same_text_as_avro_and_as_json_schema_are_different_schemas() {
    String text = "{\"type\":\"string\"}";
    assertThat(SchemaParser.parse(SchemaType.JSON, text).fingerprint())
        .isNotEqualTo(SchemaParser.parse(SchemaType.AVRO, text).fingerprint());
  }
}
