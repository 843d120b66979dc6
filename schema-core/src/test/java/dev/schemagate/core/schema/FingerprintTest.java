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
  void numbers_keep_the_digits_they_are_written_with_in_the_canonical_text_and_fingerprint() {
    ParsedSchema json = SchemaParser.parse(SchemaType.JSON,
        "{\"maximum\": 100.00, \"minimum\": 1.50, \"multipleOf\": 0.010, \"enum\": [1E+3, 0.000, 1e2, 2.50, -7]}");
    ParsedSchema avro = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"double\",\"default\":1.50},"
            + "{\"name\":\"b\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":4,\"scale\":2,"
            + "\"example\":12.340}}]}");

    assertThat(json.canonicalText())
        .isEqualTo("{\"enum\":[1E+3,0.000,1E+2,2.50,-7],\"maximum\":100.00,\"minimum\":1.50,\"multipleOf\":0.010}");
    assertThat(json.fingerprint()).isEqualTo("8d5084ea38c9761b650913d36ba836d84e16ff77c086a4ee769892598f2bd2f4");
    assertThat(avro.canonicalText()).isEqualTo("{\"fields\":[{\"default\":1.5,\"name\":\"a\",\"type\":\"double\"},{\"name\":\"b\",\"type\":"
        + "{\"example\":12.34,\"logicalType\":\"decimal\",\"precision\":4,\"scale\":2,\"type\":\"bytes\"}}],\"name\":\"E\","
        + "\"type\":\"record\"}");
    assertThat(avro.fingerprint()).isEqualTo("c444714ce8c7bb1efdba633f5054928bf1d0f46d251babed73754343f2ba0c43");
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
