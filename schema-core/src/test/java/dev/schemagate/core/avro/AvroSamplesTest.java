package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class AvroSamplesTest {
  private static final AvroSchema EVERYTHING = parse(resource("/samples/everything.avsc"));

  @Test
  void every_sample_validates_and_survives_the_binary_encoding() {
    List<Object> data = AvroSamples.data(EVERYTHING, 7, 40);
    data.add(AvroSamples.datum(EVERYTHING, 7));

    for (Object datum : data) {
      assertThat(GenericData.get().validate(EVERYTHING.avro(), datum)).as("valid: %s", datum).isTrue();
      Object decoded = roundTrip(EVERYTHING.avro(), datum);
      assertThat(AvroSamples.toJson(EVERYTHING, decoded)).isEqualTo(AvroSamples.toJson(EVERYTHING, datum));
    }
  }

  @Test
  void the_same_seed_gives_the_same_data_and_another_seed_other_data() {
    assertThat(json(AvroSamples.data(EVERYTHING, 3, 12))).isEqualTo(json(AvroSamples.data(EVERYTHING, 3, 12)));
    assertThat(AvroSamples.toJson(EVERYTHING, AvroSamples.datum(EVERYTHING, 3)))
        .isEqualTo(AvroSamples.toJson(EVERYTHING, AvroSamples.datum(EVERYTHING, 3)))
        .isNotEqualTo(AvroSamples.toJson(EVERYTHING, AvroSamples.datum(EVERYTHING, 4)));
  }

  @Test
  void the_first_data_hold_the_edge_values_of_each_primitive() {
    List<GenericRecord> data = records(AvroSamples.data(EVERYTHING, 1, 5));

    assertThat(values(data, "count")).contains(0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    assertThat(values(data, "total")).contains(0L, Long.MIN_VALUE, Long.MAX_VALUE);
    assertThat(values(data, "label")).contains("", "x".repeat(1000));
    assertThat(values(data, "flag")).contains(true, false);
    assertThat(data.get(1).get("payload")).isEqualTo(ByteBuffer.wrap(allBytes()));
  }

  @Test
  void every_enum_symbol_and_every_union_branch_appears() {
    List<GenericRecord> data = records(AvroSamples.data(EVERYTHING, 1, 5));

    assertThat(values(data, "status").stream().map(Object::toString).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("NEW", "PAID", "SHIPPED");
    Set<String> branches = new HashSet<>();
    for (GenericRecord record : data) {
      branches.add(AvroSamples.toJson(EVERYTHING, record).get("choice").fieldNames().hasNext()
          ? AvroSamples.toJson(EVERYTHING, record).get("choice").fieldNames().next()
          : "null");
    }
    assertThat(branches).containsExactlyInAnyOrder("null", "int", "string", "com.example.samples.Status");
  }

  @Test
  void the_first_datum_has_empty_arrays_and_maps_and_later_ones_do_not() {
    List<GenericRecord> data = records(AvroSamples.data(EVERYTHING, 1, 3));

    assertThat((List<?>) data.get(0).get("tags")).isEmpty();
    assertThat((java.util.Map<?, ?>) data.get(0).get("attributes")).isEmpty();
    assertThat((List<?>) data.get(2).get("tags")).isNotEmpty();
    assertThat((java.util.Map<?, ?>) data.get(2).get("attributes")).isNotEmpty();
  }

  @Test
  void logical_types_take_the_edges_of_their_range() {
    List<GenericRecord> data = records(AvroSamples.data(EVERYTHING, 1, 4));

    assertThat(values(data, "day")).contains(0, -719_162, 2_932_896);
    assertThat(values(data, "timeMillis")).contains(0, 86_399_999);
    assertThat(values(data, "timeMicros")).contains(0L, 86_399_999_999L);
    assertThat(values(data, "createdMillis")).contains(0L, -62_135_596_800_000L, 253_402_300_799_999L);
    assertThat(values(data, "createdMicros")).contains(253_402_300_799_999_999L);
    assertThat(values(data, "localMillis")).contains(253_402_300_799_999L);
    assertThat(values(data, "id")).contains("00000000-0000-0000-0000-000000000000");
    assertThat(decimals(data, "price")).contains(new BigDecimal("0.00"), new BigDecimal("9999999.99"), new BigDecimal("-9999999.99"));
    assertThat(new BigInteger(((GenericData.Fixed) data.get(1).get("fixedPrice")).bytes()))
        .isEqualTo(BigInteger.TEN.pow(18).subtract(BigInteger.ONE));
  }

  @Test
  void random_timestamps_and_uuids_look_real() {
    GenericRecord datum = (GenericRecord) AvroSamples.datum(EVERYTHING, 11);

    assertThat((Long) datum.get("createdMillis")).isBetween(946_684_800_000L, 4_102_444_800_000L);
    assertThat(java.util.UUID.fromString((String) datum.get("id")).version()).isEqualTo(4);
  }

  @Test
  void a_recursive_schema_gets_finite_samples() {
    AvroSchema list = parse("{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"value\",\"type\":\"int\"},"
        + "{\"name\":\"next\",\"type\":[\"Node\",\"null\"]},{\"name\":\"children\",\"type\":{\"type\":\"array\",\"items\":\"Node\"}}]}");

    for (Object datum : AvroSamples.data(list, 5, 10)) {
      assertThat(GenericData.get().validate(list.avro(), datum)).isTrue();
      assertThat(roundTrip(list.avro(), datum)).isNotNull();
    }
  }

  @Test
  void a_record_that_must_contain_itself_has_no_sample() {
    AvroSchema endless = parse("{\"type\":\"record\",\"name\":\"Endless\",\"fields\":[{\"name\":\"next\",\"type\":\"Endless\"}]}");

    assertThatThrownBy(() -> AvroSamples.datum(endless, 1))
        .isInstanceOf(SchemaGateException.class)
        .hasMessage("The schema \"Endless\" has no finite value: it contains itself in a field that cannot be empty;"
            + " make that field nullable or an array.");
  }

  @Test
  void json_uses_avros_encoding_of_unions_and_bytes() {
    AvroSchema schema = parse("{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"u\",\"type\":[\"null\",\"string\"]},"
        + "{\"name\":\"b\",\"type\":\"bytes\"}]}");
    GenericData.Record datum = new GenericData.Record(schema.avro());
    datum.put("u", "hi");
    datum.put("b", ByteBuffer.wrap(new byte[] {(byte) 0xe9}));

    assertThat(AvroSamples.toJson(schema, datum).toString()).isEqualTo("{\"u\":{\"string\":\"hi\"},\"b\":\"\u00e9\"}");
  }

  @Test
  void a_datum_that_does_not_fit_has_no_json() {
    assertThatThrownBy(() -> AvroSamples.toJson(parse("\"int\""), "text"))
        .isInstanceOf(SchemaGateException.class)
        .hasMessageStartingWith("The datum does not fit the schema, so it has no JSON encoding: ");
  }

  private static Object roundTrip(Schema schema, Object datum) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<Object>(schema).write(datum, encoder);
      encoder.flush();
      return new GenericDatumReader<Object>(schema)
          .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> json(List<Object> data) {
    return data.stream().map(d -> AvroSamples.toJson(EVERYTHING, d)).toList();
  }

  private static List<GenericRecord> records(List<Object> data) {
    return data.stream().map(GenericRecord.class::cast).toList();
  }

  private static List<Object> values(List<GenericRecord> data, String field) {
    return data.stream().map(r -> r.get(field)).toList();
  }

  private static List<BigDecimal> decimals(List<GenericRecord> data, String field) {
    return data.stream().map(r -> new BigDecimal(new BigInteger(bytes((ByteBuffer) r.get(field))), 2)).toList();
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  private static byte[] allBytes() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < 256; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static AvroSchema parse(String text) {
    return (AvroSchema) SchemaParser.parse(SchemaType.AVRO, text);
  }

  private static String resource(String name) {
    try (InputStream in = AvroSamplesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
