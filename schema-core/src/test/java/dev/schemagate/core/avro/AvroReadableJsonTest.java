package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

/** Witnesses and samples show Avro decimals as decimal numbers, and the readable form can be replayed. */
class AvroReadableJsonTest {
  private static final String MONEY = """
      {"type": "record", "name": "Payment", "fields": [
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}},
        {"name": "fee", "type": ["null", {"type": "fixed", "name": "Fee", "size": 4, "logicalType": "decimal",
            "precision": 6, "scale": 3}]},
        {"name": "parts", "type": {"type": "array", "items":
            {"type": "bytes", "logicalType": "decimal", "precision": 5, "scale": 1}}},
        {"name": "raw", "type": "bytes"}
      ]}""";

  private static Schema schema() {
    return new Schema.Parser().parse(MONEY);
  }

  private static GenericRecord payment(Schema schema) {
    GenericRecord record = new GenericData.Record(schema);
    record.put("amount", ByteBuffer.wrap(new BigDecimal("12.34").unscaledValue().toByteArray()));
    Schema fee = schema.getField("fee").schema().getTypes().get(1);
    record.put("fee", new GenericData.Fixed(fee, new byte[] {-1, -1, -1, -6}));
    record.put("parts", List.of(ByteBuffer.wrap(new BigDecimal("-0.5").unscaledValue().toByteArray())));
    record.put("raw", ByteBuffer.wrap(new byte[] {0, 59, 76}));
    return record;
  }

  @Test
  void decimals_are_shown_as_their_value_and_other_bytes_as_avro_writes_them() {
    Schema schema = schema();

    JsonNode readable = AvroSamples.toReadableJson(schema, payment(schema));

    assertThat(readable.toString()).isEqualTo(
        "{\"amount\":\"12.34\",\"fee\":{\"Fee\":\"-0.006\"},\"parts\":[\"-0.5\"],\"raw\":\"\\u0000;L\"}");
  }

  @Test
  void the_readable_form_turns_back_into_avros_json_encoding_of_the_same_datum() throws Exception {
    Schema schema = schema();
    GenericRecord payment = payment(schema);

    JsonNode encoded = AvroSamples.fromReadableJson(schema, AvroSamples.toReadableJson(schema, payment));

    assertThat(encoded).isEqualTo(AvroSamples.toJson(schema, payment));
    Object decoded = new GenericDatumReader<>(schema).read(null, DecoderFactory.get().jsonDecoder(schema, encoded.toString()));
    assertThat(GenericData.get().compare(decoded, payment, schema)).isZero();
  }

  @Test
  void a_witness_of_an_incompatibility_shows_the_writers_decimal_as_a_number() {
    ParsedSchema v1 = SchemaParser.parse(SchemaType.AVRO, """
        {"type": "record", "name": "Payment", "fields": [
          {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}}]}""");
    ParsedSchema v2 = SchemaParser.parse(SchemaType.AVRO, """
        {"type": "record", "name": "Payment", "fields": [
          {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}},
          {"name": "currency", "type": "string"}]}""");

    List<Incompatibility> found = CompatibilityChecker.create()
        .check(v2, List.of(new VersionedSchema(1, v1)), CompatibilityLevel.BACKWARD).incompatibilities();

    assertThat(found).hasSize(1);
    JsonNode amount = found.get(0).witness().get("amount");
    assertThat(amount.isTextual()).as("amount %s", amount).isTrue();
    assertThat(amount.textValue()).matches("-?\\d+\\.\\d{2}");
  }
}
