package dev.schemagate.core.avro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonEncoder;

/**
 * Deterministic example data for an Avro schema: the same schema and seed always give the same data.
 *
 * <p>Data are Avro generic data in their plain representation (no logical-type conversions):
 * records are {@code GenericRecord}s, enums {@code GenericEnumSymbol}s, fixed {@code GenericFixed},
 * bytes {@code ByteBuffer}, strings {@code String}, maps {@code Map<String, Object>}, arrays
 * {@code GenericArray}; a date is its {@code int} day count, a timestamp its {@code long}, a decimal
 * its two's-complement bytes with the schema's scale. Every datum passes {@code GenericData.validate}
 * and survives Avro's binary encoding unchanged.
 *
 * <pre>{@code
 * Object event = AvroSamples.datum(schema, 42);
 * JsonNode json = AvroSamples.toJson(schema, event);   // Avro's JSON encoding
 * }</pre>
 */
public final class AvroSamples {
  private AvroSamples() {}

  /** One typical datum: ordinary random values, the same for the same seed. */
  public static Object datum(AvroSchema schema, long seed) {
    return datum(schema.avro(), seed);
  }

  /** {@link #datum(AvroSchema, long)} for Avro's own schema object. */
  public static Object datum(Schema schema, long seed) {
    return new AvroDatumGenerator(new Random(seed), AvroDatumGenerator.RANDOM).value(schema);
  }

  /**
   * {@code count} data that begin with the edge values (the first datum has the first edge value of
   * every type: zero, the empty string, the first enum symbol, the first union branch, empty arrays
   * and maps; the next the second: minimum values, long strings, the second symbol and branch ...)
   * and continue with random values once the edge values of every type are used.
   */
  public static List<Object> data(AvroSchema schema, long seed, int count) {
    return data(schema.avro(), seed, count);
  }

  /** {@link #data(AvroSchema, long, int)} for Avro's own schema object. */
  public static List<Object> data(Schema schema, long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Random random = new Random(seed);
    List<Object> data = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      data.add(new AvroDatumGenerator(random, i).value(schema));
    }
    return data;
  }

  /** The datum in Avro's JSON encoding (unions as {@code {"type": value}}, bytes as ISO-8859-1 text). */
  public static JsonNode toJson(AvroSchema schema, Object datum) {
    return toJson(schema.avro(), datum);
  }

  /**
   * The datum in Avro's JSON encoding for people to read, as witnesses and samples are shown: a
   * decimal is its value as text ({@code "12.34"}), not the raw bytes Avro's encoding writes.
   */
  public static JsonNode toReadableJson(Schema schema, Object datum) {
    return AvroReadableJson.toReadable(schema, toJson(schema, datum));
  }

  /** A datum shown by {@link #toReadableJson} back in Avro's JSON encoding, e.g. to replay a witness. */
  public static JsonNode fromReadableJson(Schema schema, JsonNode readable) {
    return AvroReadableJson.toEncoded(schema, readable.deepCopy());
  }

  /** {@link #toJson(AvroSchema, Object)} for Avro's own schema object. */
  public static JsonNode toJson(Schema schema, Object datum) {
    Objects.requireNonNull(schema, "schema");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      JsonEncoder encoder = EncoderFactory.get().jsonEncoder(schema, out);
      new GenericDatumWriter<Object>(schema).write(datum, encoder);
      encoder.flush();
      return Json.parse(out.toString(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new SchemaGateException("Avro wrote JSON that cannot be read back: " + e.getOriginalMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new SchemaGateException("The datum does not fit the schema, so it has no JSON encoding: " + e.getMessage(), e);
    }
  }
}
