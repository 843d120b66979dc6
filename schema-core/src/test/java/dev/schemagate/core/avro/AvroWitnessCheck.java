package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/** Replays a witness the way a consumer meets it: written by the writer, read with the reader's schema. */
final class AvroWitnessCheck {
  private AvroWitnessCheck() {}

  /** The witness read as the writer's datum (Avro's JSON decoding of its readable form); fails when it is not one. */
  static Object writerDatum(Schema writer, JsonNode witness) {
    try {
      Object datum = new GenericDatumReader<Object>(writer)
          .read(null, DecoderFactory.get().jsonDecoder(writer, AvroSamples.fromReadableJson(writer, witness).toString()));
      if (!GenericData.get().validate(writer, datum)) {
        throw new AssertionError("the witness is not valid under the writer's schema: " + witness);
      }
      return datum;
    } catch (IOException e) {
      throw new AssertionError("the witness is not in the writer's JSON encoding: " + witness, e);
    }
  }

  /** Whether the reader decodes the writer's binary encoding of the witness. */
  static boolean readerDecodes(Schema writer, Schema reader, JsonNode witness) {
    Object datum = writerDatum(writer, witness);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<Object>(writer).write(datum, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      new GenericDatumReader<Object>(writer, reader).read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
      return true;
    } catch (IOException | RuntimeException cannotResolve) {
      return false;
    }
  }
}
