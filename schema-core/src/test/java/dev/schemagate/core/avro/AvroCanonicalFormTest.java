package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same Avro schema written differently gets one fingerprint; a schema that reads differently does not. */
class AvroCanonicalFormTest {
  private static final String ORDER = """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.example", "doc": "An order was placed.",
       "fields": [
         {"name": "id", "type": "string"},
         {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"], "default": "NEW"}},
         {"name": "shipTo", "type": ["null", {"type": "record", "name": "Address", "fields": [
           {"name": "street", "type": "string", "default": ""}]}], "default": null},
         {"name": "placedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
         {"name": "amount", "type": "double", "default": 1, "aliases": ["total"], "doc": "in euros"}
       ]}""";

  private static ParsedSchema parse(String text) {
    return SchemaParser.parse(SchemaType.AVRO, text);
  }

  @Test
  void whitespace_and_key_order_do_not_change_the_fingerprint() {
    String reordered = """
        {"fields":[{"type":"string","name":"id"},{"type":{"symbols":["NEW","PAID"],"default":"NEW","name":"Status","type":"enum"},"name":"status"},
        {"default":null,"type":["null",{"fields":[{"default":"","type":"string","name":"street"}],"name":"Address","type":"record"}],"name":"shipTo"},
        {"type":{"logicalType":"timestamp-millis","type":"long"},"name":"placedAt"},
        {"doc":"in euros","aliases":["total"],"default":1,"type":"double","name":"amount"}],
        "doc":"An order was placed.","namespace":"com.example","name":"OrderPlaced","type":"record"}""";

    assertThat(parse(reordered).fingerprint()).isEqualTo(parse(ORDER).fingerprint());
    assertThat(parse(reordered).canonicalText()).isEqualTo(parse(ORDER).canonicalText());
  }

  @Test
  void full_names_inherited_explicit_or_dotted_are_one_schema() {
    String dotted = ORDER.replace("\"name\": \"OrderPlaced\", \"namespace\": \"com.example\"", "\"name\": \"com.example.OrderPlaced\"")
        .replace("\"name\": \"Status\"", "\"name\": \"com.example.Status\"")
        .replace("\"name\": \"Address\"", "\"name\": \"Address\", \"namespace\": \"com.example\"");

    assertThat(parse(dotted).fingerprint()).isEqualTo(parse(ORDER).fingerprint());
    assertThat(parse(ORDER).canonicalText())
        .contains("\"name\":\"com.example.Status\"", "\"name\":\"com.example.Address\"")
        .doesNotContain("namespace");
  }

  @Test
  void a_primitive_written_as_an_object_is_the_primitive() {
    assertThat(parse("{\"type\": \"int\"}").fingerprint()).isEqualTo(parse("\"int\"").fingerprint());
  }

  @Test
  void a_named_type_used_again_is_written_by_name() {
    ParsedSchema twice = parse("{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":{\"type\":\"fixed\","
        + "\"name\":\"H\",\"size\":2}},{\"name\":\"b\",\"type\":\"H\"}]}");

    assertThat(twice.canonicalText()).isEqualTo("{\"fields\":[{\"name\":\"a\",\"type\":{\"name\":\"H\",\"size\":2,"
        + "\"type\":\"fixed\"}},{\"name\":\"b\",\"type\":\"H\"}],\"name\":\"E\",\"type\":\"record\"}");
  }

  @Test
  void every_change_that_a_reader_or_author_can_notice_changes_the_fingerprint() {
    String fingerprint = parse(ORDER).fingerprint();
    List<String> changed = List.of(
        ORDER.replace("\"default\": 1,", "\"default\": 2,"),
        ORDER.replace("An order was placed.", "An order."),
        ORDER.replace("\"aliases\": [\"total\"], ", ""),
        ORDER.replace("[\"NEW\", \"PAID\"]", "[\"PAID\", \"NEW\"]"),
        ORDER.replace("[\"null\", {", "[{").replace("}]}], \"default\": null}", "}]}, \"null\"], \"default\": {\"street\": \"\"}}"),
        ORDER.replace("timestamp-millis", "timestamp-micros"),
        ORDER.replace("\"namespace\": \"com.example\"", "\"namespace\": \"com.example.v2\""),
        ORDER.replace("\"doc\": \"in euros\"", "\"doc\": \"in euros\", \"order\": \"descending\""),
        ORDER.replace("\"doc\": \"in euros\"", "\"doc\": \"in euros\", \"pii\": true"),
        ORDER.replace("\"type\": \"record\", \"name\": \"OrderPlaced\"", "\"type\": \"error\", \"name\": \"OrderPlaced\""));

    for (String text : changed) {
      assertThat(text).isNotEqualTo(ORDER);
      assertThat(parse(text).fingerprint()).as(text).isNotEqualTo(fingerprint);
    }
  }

  @Test
  void a_type_from_a_reference_is_named_not_copied() {
    String money = "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"com.example\",\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}";
    ParsedSchema schema = SchemaParser.parse(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"total\",\"type\":\"com.example.Money\"}]}",
        List.of(new SchemaReference("com.example.Money", "money", 1)), Map.of("com.example.Money", money));

    assertThat(schema.canonicalText())
        .isEqualTo("{\"fields\":[{\"name\":\"total\",\"type\":\"com.example.Money\"}],\"name\":\"E\",\"type\":\"record\"}");
  }
}
