package dev.schemagate.core.avro;

import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.SchemaGateException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Builds one Avro datum. With an edge index {@code e >= 0} every value that has edge values takes
 * its {@code e}-th one (the {@code e}-th enum symbol, union branch ...) and falls back to a random
 * value when it has fewer; with {@link #RANDOM} all values are random. Recursive schemas stop
 * growing after {@link #MAX_DEPTH} levels: arrays and maps become empty and unions take their
 * least nested branch. A datum is at most {@link #MAX_SIZE} large (each value counts 1, bytes and
 * fixed values also their length): a record type used twice by each of twenty nested types would
 * otherwise hold a million values.
 */
final class AvroDatumGenerator {
  static final int RANDOM = -1;
  static final int MAX_DEPTH = 6;
  static final int MAX_SIZE = 20_000;
  private static final int GIVE_UP_DEPTH = 64;

  private static final int[] INT_EDGES = {0, Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 1};
  private static final long[] LONG_EDGES = {0L, Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L};
  private static final float[] FLOAT_EDGES = {0f, -Float.MAX_VALUE, Float.MAX_VALUE, Float.MIN_VALUE, -1.5f};
  private static final double[] DOUBLE_EDGES = {0d, -Double.MAX_VALUE, Double.MAX_VALUE, Double.MIN_VALUE, -1.5d};
  private static final String[] STRING_EDGES = {"", "x".repeat(1000), "\u00fcn\u00efc\u00f8d\u00e9 \u2713 \ud83d\ude00", " "};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Random random;
  private final int edge;
  private final AvroLogicalSamples logical;
  private int sizeLeft = MAX_SIZE;
  private Schema root;

  AvroDatumGenerator(Random random, int edge) {
    this.random = random;
    this.edge = edge;
    this.logical = new AvroLogicalSamples(random);
  }

  Object value(Schema schema) {
    root = schema;
    return value(schema, 0, edge);
  }

  private Object value(Schema schema, int depth, int edge) {
    WorkInterruptedException.checkpoint();
    if (depth > GIVE_UP_DEPTH) {
      throw new SchemaGateException(
          "The schema \"" + schema.getFullName() + "\" has no finite value: it contains itself in a field that cannot"
              + " be empty; make that field nullable or an array.");
    }
    spend(schema.getType() == Schema.Type.FIXED ? 1 + Math.min(schema.getFixedSize(), MAX_SIZE) : 1);
    LogicalType logicalType = schema.getLogicalType();
    if (logicalType != null) {
      Object value = logical.value(schema, logicalType, edge);
      if (value != null) {
        return value;
      }
    }
    return switch (schema.getType()) {
      case NULL -> null;
      case BOOLEAN -> edge >= 0 && edge < 2 ? edge == 1 : random.nextBoolean();
      case INT -> edge >= 0 && edge < INT_EDGES.length ? INT_EDGES[edge] : random.nextInt(2001) - 1000;
      case LONG -> edge >= 0 && edge < LONG_EDGES.length ? LONG_EDGES[edge] : (long) random.nextInt(2_000_001) - 1_000_000;
      case FLOAT -> edge >= 0 && edge < FLOAT_EDGES.length ? FLOAT_EDGES[edge] : (random.nextInt(200_001) - 100_000) / 100f;
      case DOUBLE -> edge >= 0 && edge < DOUBLE_EDGES.length ? DOUBLE_EDGES[edge] : (random.nextInt(2_000_001) - 1_000_000) / 100d;
      case STRING -> edge >= 0 && edge < STRING_EDGES.length ? STRING_EDGES[edge] : word();
      case BYTES -> ByteBuffer.wrap(bytes(edge, edge >= 0 && edge < 2 ? edge * 256 : random.nextInt(9)));
      case ENUM -> enumSymbol(schema, edge);
      case FIXED -> new GenericData.Fixed(schema, bytes(edge, schema.getFixedSize()));
      case ARRAY -> array(schema, depth, edge);
      case MAP -> map(schema, depth, edge);
      case UNION -> value(branch(schema, depth, edge), depth + 1, edge);
      case RECORD -> record(schema, depth, edge);
    };
  }

  private void spend(int units) {
    sizeLeft -= units;
    if (sizeLeft < 0) {
      throw new SchemaGateException("An example of the schema \"" + root.getFullName() + "\" would hold more than "
          + MAX_SIZE + " values or bytes, more than an example should; write the example by hand.");
    }
  }

  private Object enumSymbol(Schema schema, int edge) {
    List<String> symbols = schema.getEnumSymbols();
    if (symbols.isEmpty()) {
      throw new SchemaGateException("The enum \"" + schema.getFullName() + "\" has no symbols, so it has no value.");
    }
    int index = edge >= 0 && edge < symbols.size() ? edge : random.nextInt(symbols.size());
    return new GenericData.EnumSymbol(schema, symbols.get(index));
  }

  private Object array(Schema schema, int depth, int edge) {
    int size = size(depth, edge);
    GenericData.Array<Object> array = new GenericData.Array<>(size, schema);
    for (int i = 0; i < size; i++) {
      array.add(value(schema.getElementType(), depth + 1, edge < 0 ? RANDOM : edge + i));
    }
    return array;
  }

  private Object map(Schema schema, int depth, int edge) {
    int size = size(depth, edge);
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put("key" + i, value(schema.getValueType(), depth + 1, edge < 0 ? RANDOM : edge + i));
    }
    return map;
  }

  private Object record(Schema schema, int depth, int edge) {
    GenericData.Record record = new GenericData.Record(schema);
    for (Schema.Field field : schema.getFields()) {
      record.put(field.pos(), value(field.schema(), depth + 1, edge));
    }
    return record;
  }

  /** Edge 0 is the empty collection; deep inside a recursive schema collections stay empty. */
  private int size(int depth, int edge) {
    if (edge == 0 || depth >= MAX_DEPTH) {
      return 0;
    }
    return depth < 2 ? 1 + random.nextInt(3) : 1;
  }

  private Schema branch(Schema union, int depth, int edge) {
    List<Schema> branches = union.getTypes();
    if (depth >= MAX_DEPTH) {
      Schema shallowest = branches.get(0);
      for (Schema branch : branches) {
        if (nesting(branch) < nesting(shallowest)) {
          shallowest = branch;
        }
      }
      return shallowest;
    }
    return branches.get(edge >= 0 && edge < branches.size() ? edge : random.nextInt(branches.size()));
  }

  /** How likely a branch is to nest further: null first, records last. */
  private static int nesting(Schema schema) {
    return switch (schema.getType()) {
      case NULL -> 0;
      case RECORD -> 3;
      case ARRAY, MAP -> 2;
      default -> 1;
    };
  }

  private byte[] bytes(int edge, int size) {
    byte[] bytes = new byte[size];
    if (edge == 0) {
      return bytes;
    }
    if (edge == 1) {
      for (int i = 0; i < size; i++) {
        bytes[i] = (byte) (size == 256 ? i : 0xff);
      }
      return bytes;
    }
    random.nextBytes(bytes);
    return bytes;
  }

  private String word() {
    int length = 1 + random.nextInt(12);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }
}
