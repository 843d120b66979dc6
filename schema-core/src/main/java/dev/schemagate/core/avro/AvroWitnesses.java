package dev.schemagate.core.avro;

import static dev.schemagate.core.avro.AvroAimedValues.NONE;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.avro.AvroSite.Hop;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.internal.Unexpected;
import dev.schemagate.core.validate.Judgement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Builds the witness of an Avro incompatibility: a datum of the writer's schema that takes the path
 * to the incompatible place (the union branch on the way, one array item, one map entry) and holds
 * there a value the reader cannot resolve, while everything else is readable. It is encoded with the
 * writer's binary encoder and kept only when decoding it with the reader's schema fails.
 */
final class AvroWitnesses {
  /** Different seeds only change the values around the aimed one; two tries are plenty. */
  private static final int TRIES = 2;

  private final Schema readerRoot;
  private final Schema writerRoot;
  private final WitnessBudget budget;

  AvroWitnesses(Schema readerRoot, Schema writerRoot, WitnessBudget budget) {
    this.readerRoot = readerRoot;
    this.writerRoot = writerRoot;
    this.budget = budget;
  }

  /** The confirmed witness in Avro's JSON encoding (decimals as their value), or null. */
  JsonNode witness(SchemaIncompatibilityType type, AvroSite site) {
    if (type == SchemaIncompatibilityType.NAME_MISMATCH && site.reader().getType() == Schema.Type.RECORD) {
      return null; // Avro's decoder does not compare record names: no datum fails for this alone
    }
    for (int seed = 0; seed < TRIES && budget.tryAcquire(); seed++) {
      WorkInterruptedException.checkpoint();
      try {
        Object datum = build(site, 0, new AvroAimedValues(seed));
        if (datum != NONE && GenericData.get().validate(writerRoot, datum) && decoding(datum) == Judgement.REJECTED) {
          return AvroSamples.toReadableJson(writerRoot, datum);
        }
      } catch (RuntimeException noDatum) {
        return null; // e.g. a writer's schema without finite values
      }
    }
    return null;
  }

  private Object build(AvroSite site, int index, AvroAimedValues values) {
    if (index == site.hops().size()) {
      return values.aimed(site.reader(), site.writer());
    }
    Hop hop = site.hops().get(index);
    return switch (hop.step().kind()) {
      case FIELD -> {
        Schema.Field readerField = hop.reader().getFields().get(hop.step().index());
        Schema.Field writerField = AvroLocator.lookup(hop.writer(), readerField);
        if (writerField == null) {
          yield values.record(hop.reader(), hop.writer(), null, null); // the reader's field has no source
        }
        Object inner = build(site, index + 1, values);
        yield inner == NONE ? NONE : values.record(hop.reader(), hop.writer(), writerField, inner);
      }
      case ITEMS, VALUES -> AvroAimedValues.wrap(hop.writer(), build(site, index + 1, values));
      case WRITER_BRANCH, READER_BRANCH -> build(site, index + 1, values);
      case TERMINAL -> values.aimed(hop.reader(), hop.writer());
    };
  }

  /**
   * Whether the reader decodes the datum's binary encoding: an Avro or I/O error is the reader
   * failing on it; any other failure is a bug and proves nothing.
   */
  private Judgement decoding(Object datum) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<Object>(writerRoot).write(datum, encoder);
      encoder.flush();
      new GenericDatumReader<Object>(writerRoot, readerRoot)
          .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
      return Judgement.ACCEPTED;
    } catch (IOException | AvroRuntimeException cannotResolve) {
      return Judgement.REJECTED;
    } catch (RuntimeException failure) {
      Unexpected.seen("Decoding a witness of " + readerRoot.getFullName(), failure);
      return Judgement.UNKNOWN;
    }
  }
}
