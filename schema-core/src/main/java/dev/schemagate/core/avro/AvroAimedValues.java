package dev.schemagate.core.avro;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;

/**
 * Values of a writer's schema chosen for what a reader does with them, following Avro's schema
 * resolution: {@link #aimed} picks one the reader cannot resolve (a missing enum symbol, a union
 * branch the reader lacks, a type it cannot promote), {@link #readable} one it can, so that the
 * rest of a witness does not fail for another reason. {@link #NONE} when there is no such value.
 */
final class AvroAimedValues {
  static final Object NONE = new Object();
  private static final int MAX_DEPTH = 32;
  private static final Map<Schema.Type, Set<Schema.Type>> PROMOTIONS = Map.of(
      Schema.Type.INT, Set.of(Schema.Type.LONG, Schema.Type.FLOAT, Schema.Type.DOUBLE),
      Schema.Type.LONG, Set.of(Schema.Type.FLOAT, Schema.Type.DOUBLE),
      Schema.Type.FLOAT, Set.of(Schema.Type.DOUBLE),
      Schema.Type.STRING, Set.of(Schema.Type.BYTES),
      Schema.Type.BYTES, Set.of(Schema.Type.STRING));

  private final long seed;
  private int samples;
  private final Map<Schema, Map<Schema, Boolean>> incompatible = new IdentityHashMap<>();

  AvroAimedValues(long seed) {
    this.seed = seed;
  }

  /** Any value of the schema. */
  Object any(Schema writer) {
    return AvroSamples.datum(writer, seed * 7919 + samples++);
  }

  /** A value of {@code writer} that {@code reader} cannot resolve, or {@link #NONE}. */
  Object aimed(Schema reader, Schema writer) {
    return aimed(reader, writer, 0);
  }

  private Object aimed(Schema reader, Schema writer, int depth) {
    if (depth > MAX_DEPTH) {
      return NONE;
    }
    if (writer.getType() == Schema.Type.UNION) {
      for (Schema branch : writer.getTypes()) {
        Object value = incompatible(reader, branch) ? aimed(reader, branch, depth + 1) : NONE;
        if (value != NONE) {
          return value;
        }
      }
      return NONE;
    }
    if (reader.getType() == Schema.Type.UNION) {
      Schema branch = branchFor(reader, writer);
      return branch == null ? any(writer) : aimed(branch, writer, depth + 1);
    }
    if (reader.getType() != writer.getType()) {
      return promotes(writer, reader) ? NONE : any(writer);
    }
    return switch (writer.getType()) {
      case RECORD -> aimedRecord(reader, writer, depth);
      case ENUM -> aimedSymbol(reader, writer);
      case FIXED -> !SchemaCompatibility.schemaNameEquals(reader, writer)
          || reader.getFixedSize() != writer.getFixedSize() ? any(writer) : NONE;
      case ARRAY -> wrap(writer, aimed(reader.getElementType(), writer.getElementType(), depth + 1));
      case MAP -> wrap(writer, aimed(reader.getValueType(), writer.getValueType(), depth + 1));
      default -> NONE;
    };
  }

  private Object aimedRecord(Schema reader, Schema writer, int depth) {
    for (Schema.Field readerField : reader.getFields()) {
      if (AvroLocator.lookup(writer, readerField) == null && !readerField.hasDefaultValue()) {
        return any(writer);
      }
    }
    for (Schema.Field readerField : reader.getFields()) {
      Schema.Field writerField = AvroLocator.lookup(writer, readerField);
      if (writerField != null && incompatible(readerField.schema(), writerField.schema())) {
        Object value = aimed(readerField.schema(), writerField.schema(), depth + 1);
        if (value != NONE) {
          return record(reader, writer, writerField, value);
        }
      }
    }
    return NONE;
  }

  private Object aimedSymbol(Schema reader, Schema writer) {
    if (!SchemaCompatibility.schemaNameEquals(reader, writer)) {
      return any(writer);
    }
    if (reader.getEnumDefault() != null) {
      return NONE;
    }
    for (String symbol : writer.getEnumSymbols()) {
      if (!reader.hasEnumSymbol(symbol)) {
        return new GenericData.EnumSymbol(writer, symbol);
      }
    }
    return NONE;
  }

  /** A value of {@code writer} that {@code reader} resolves, or {@link #NONE}. */
  Object readable(Schema reader, Schema writer) {
    return readable(reader, writer, 0);
  }

  private Object readable(Schema reader, Schema writer, int depth) {
    if (depth > MAX_DEPTH) {
      return NONE;
    }
    if (!incompatible(reader, writer)) {
      return any(writer);
    }
    if (writer.getType() == Schema.Type.UNION) {
      for (Schema branch : writer.getTypes()) {
        Object value = readable(reader, branch, depth + 1);
        if (value != NONE) {
          return value;
        }
      }
      return NONE;
    }
    if (reader.getType() == Schema.Type.UNION) {
      Schema branch = branchFor(reader, writer);
      return branch == null ? NONE : readable(branch, writer, depth + 1);
    }
    if (reader.getType() != writer.getType()) {
      return promotes(writer, reader) ? any(writer) : NONE;
    }
    return switch (writer.getType()) {
      case RECORD -> readableRecord(reader, writer, depth);
      case ENUM -> {
        if (!SchemaCompatibility.schemaNameEquals(reader, writer)) {
          yield NONE;
        }
        yield writer.getEnumSymbols().stream().filter(reader::hasEnumSymbol).findFirst()
            .<Object>map(symbol -> new GenericData.EnumSymbol(writer, symbol)).orElse(NONE);
      }
      case FIXED -> NONE;
      case ARRAY -> new GenericData.Array<>(0, writer);
      case MAP -> new LinkedHashMap<String, Object>();
      default -> any(writer);
    };
  }

  private Object readableRecord(Schema reader, Schema writer, int depth) {
    for (Schema.Field readerField : reader.getFields()) {
      if (AvroLocator.lookup(writer, readerField) == null && !readerField.hasDefaultValue()) {
        return NONE;
      }
    }
    GenericData.Record record = new GenericData.Record(writer);
    for (Schema.Field writerField : writer.getFields()) {
      Schema.Field readerField = readerFieldFor(reader, writerField);
      Object value = readerField == null ? any(writerField.schema())
          : readable(readerField.schema(), writerField.schema(), depth + 1);
      if (value == NONE) {
        return NONE;
      }
      record.put(writerField.pos(), value);
    }
    return record;
  }

  /** A record of {@code writer} holding {@code value} in {@code chosen} and readable values elsewhere. */
  Object record(Schema reader, Schema writer, Schema.Field chosen, Object value) {
    GenericData.Record record = new GenericData.Record(writer);
    for (Schema.Field writerField : writer.getFields()) {
      if (writerField == chosen) {
        record.put(writerField.pos(), value);
        continue;
      }
      Schema.Field readerField = readerFieldFor(reader, writerField);
      Object readable = readerField == null ? NONE : readable(readerField.schema(), writerField.schema());
      record.put(writerField.pos(), readable == NONE ? any(writerField.schema()) : readable);
    }
    return record;
  }

  /** An array or map of {@code writer} holding the one value, or {@link #NONE}. */
  static Object wrap(Schema writer, Object value) {
    if (value == NONE) {
      return NONE;
    }
    if (writer.getType() == Schema.Type.ARRAY) {
      GenericData.Array<Object> array = new GenericData.Array<>(1, writer);
      array.add(value);
      return array;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("key", value);
    return map;
  }

  /** The reader's union branch Avro resolves a writer's value with: same name or type, then a promotion. */
  static Schema branchFor(Schema readerUnion, Schema writer) {
    List<Schema> branches = readerUnion.getTypes();
    for (Schema branch : branches) {
      if (branch.getType() == writer.getType()) {
        boolean named = switch (writer.getType()) {
          case RECORD, ENUM, FIXED -> true;
          default -> false;
        };
        if (!named || SchemaCompatibility.schemaNameEquals(branch, writer)) {
          return branch;
        }
      }
    }
    return branches.stream().filter(branch -> promotes(writer, branch)).findFirst().orElse(null);
  }

  /** The types a value of {@code type} can be read as, besides its own. */
  static Set<Schema.Type> promotionsFrom(Schema.Type type) {
    return PROMOTIONS.getOrDefault(type, Set.of());
  }

  /** The types whose values a reader of {@code type} can read, besides its own. */
  static Set<Schema.Type> promotionsTo(Schema.Type type) {
    return PROMOTIONS.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static boolean promotes(Schema writer, Schema reader) {
    return PROMOTIONS.getOrDefault(writer.getType(), Set.of()).contains(reader.getType());
  }

  private static Schema.Field readerFieldFor(Schema reader, Schema.Field writerField) {
    for (Schema.Field readerField : reader.getFields()) {
      if (readerField.name().equals(writerField.name()) || readerField.aliases().contains(writerField.name())) {
        return readerField;
      }
    }
    return null;
  }

  private boolean incompatible(Schema reader, Schema writer) {
    return incompatible.computeIfAbsent(reader, r -> new IdentityHashMap<>()).computeIfAbsent(writer, w -> {
      try {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, w).getType()
            == SchemaCompatibility.SchemaCompatibilityType.INCOMPATIBLE;
      } catch (AvroRuntimeException ambiguous) {
        return true;
      }
    });
  }
}
