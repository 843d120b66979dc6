package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.validate.InstanceValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonEncoder;
import org.apache.avro.util.RandomData;
import org.junit.jupiter.api.Test;

/** Whatever Avro itself writes as JSON for a schema, the validator accepts for that schema. */
class AvroJsonEncodingTest {
  private static final String EVERY_TYPE = """
      {"type": "record", "name": "Everything", "namespace": "com.acme", "fields": [
        {"name": "n", "type": "null"}, {"name": "b", "type": "boolean"}, {"name": "i", "type": "int"},
        {"name": "l", "type": "long"}, {"name": "f", "type": "float"}, {"name": "d", "type": "double"},
        {"name": "s", "type": "string"}, {"name": "by", "type": "bytes"},
        {"name": "fx", "type": {"type": "fixed", "name": "Hash", "size": 8}},
        {"name": "e", "type": {"type": "enum", "name": "Color", "symbols": ["RED", "GREEN"]}},
        {"name": "a", "type": {"type": "array", "items": "Hash"}},
        {"name": "m", "type": {"type": "map", "values": ["null", "Color", "long"]}},
        {"name": "u", "type": ["null", "string", {"type": "record", "name": "Inner",
          "fields": [{"name": "x", "type": ["null", "Inner"]}]}]},
        {"name": "date", "type": {"type": "int", "logicalType": "date"}},
        {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}}
      ]}""";

  @Test
  void every_random_datum_in_avros_json_encoding_validates() throws IOException {
    Schema schema = new Schema.Parser().parse(EVERY_TYPE);
    InstanceValidator validator = AvroInstances.validator(EVERY_TYPE);
    GenericDatumWriter<Object> writer = new GenericDatumWriter<>(schema);
    int checked = 0;
    for (Object datum : new RandomData(schema, 200, 42L)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JsonEncoder encoder = EncoderFactory.get().jsonEncoder(schema, out);
      writer.write(datum, encoder);
      encoder.flush();
      String json = out.toString(StandardCharsets.UTF_8);

      assertThat(validator.validate(AvroInstances.json(json))).as(json).isEmpty();
      checked++;
    }
    assertThat(checked).isEqualTo(200);
  }
}
