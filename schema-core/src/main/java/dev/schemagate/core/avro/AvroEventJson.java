package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro data (generic or specific records, with or without logical-type conversions) as plain JSON:
 * unions as their value, bytes and fixed as ISO-8859-1 text, and logical types as a Jackson-minded
 * producer writes them: dates and times as ISO-8601 text, decimals as numbers, UUIDs as text. This
 * is the form in which events are checked against an Avro schema.
 */
public final class AvroEventJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroEventJson() {}

  public static JsonNode of(GenericContainer datum) {
    return value(datum.getSchema(), datum);
  }

  public static JsonNode value(Schema schema, Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    return switch (schema.getType()) {
      case UNION -> value(branch(schema, value), value);
      case RECORD -> value instanceof IndexedRecord record ? record(record) : plain(value);
      case ARRAY -> value instanceof Collection<?> items ? array(schema.getElementType(), items) : plain(value);
      case MAP -> value instanceof Map<?, ?> entries ? map(schema.getValueType(), entries) : plain(value);
      default -> scalar(schema, value);
    };
  }

  private static ObjectNode record(IndexedRecord record) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      node.set(field.name(), value(field.schema(), record.get(field.pos())));
    }
    return node;
  }

  private static ArrayNode array(Schema items, Collection<?> values) {
    ArrayNode node = NODES.arrayNode();
    values.forEach(item -> node.add(value(items, item)));
    return node;
  }

  private static ObjectNode map(Schema values, Map<?, ?> entries) {
    ObjectNode node = NODES.objectNode();
    entries.forEach((key, item) -> node.set(String.valueOf(key), value(values, item)));
    return node;
  }

  private static JsonNode scalar(Schema schema, Object value) {
    LogicalType logical = schema.getLogicalType();
    Object converted = logical == null ? value : logical(schema, logical, value);
    return plain(converted);
  }

  /** A raw logical value as the Java value it stands for; values already converted stay as they are. */
  private static Object logical(Schema schema, LogicalType logical, Object value) {
    return switch (logical.getName()) {
      case "date" -> value instanceof Integer days ? LocalDate.ofEpochDay(days) : value;
      case "time-millis" -> value instanceof Integer millis ? LocalTime.ofNanoOfDay(millis * 1_000_000L) : value;
      case "time-micros" -> value instanceof Long micros ? LocalTime.ofNanoOfDay(micros * 1_000L) : value;
      case "timestamp-millis" -> value instanceof Long millis ? Instant.ofEpochMilli(millis) : value;
      case "timestamp-micros" -> value instanceof Long micros ? instant(micros, 1_000_000L) : value;
      case "timestamp-nanos" -> value instanceof Long nanos ? instant(nanos, 1_000_000_000L) : value;
      case "local-timestamp-millis" -> value instanceof Long millis ? local(Instant.ofEpochMilli(millis)) : value;
      case "local-timestamp-micros" -> value instanceof Long micros ? local(instant(micros, 1_000_000L)) : value;
      case "local-timestamp-nanos" -> value instanceof Long nanos ? local(instant(nanos, 1_000_000_000L)) : value;
      case "decimal" -> decimal((LogicalTypes.Decimal) logical, value);
      default -> value;
    };
  }

  private static Instant instant(long count, long perSecond) {
    return Instant.ofEpochSecond(Math.floorDiv(count, perSecond), Math.floorMod(count, perSecond) * (1_000_000_000L / perSecond));
  }

  private static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Object decimal(LogicalTypes.Decimal decimal, Object value) {
    byte[] bytes = bytes(value);
    return bytes == null || bytes.length == 0 ? value : new BigDecimal(new BigInteger(bytes), decimal.getScale());
  }

  private static JsonNode plain(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Float number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Double number) {
      return NODES.numberNode(number);
    }
    if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    }
    if (value instanceof IndexedRecord record) {
      return record(record);
    }
    if (value instanceof Map<?, ?> entries) {
      ObjectNode node = NODES.objectNode();
      entries.forEach((key, item) -> node.set(String.valueOf(key), plain(item)));
      return node;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode node = NODES.arrayNode();
      items.forEach(item -> node.add(plain(item)));
      return node;
    }
    byte[] bytes = bytes(value);
    if (bytes != null) {
      return NODES.textNode(new String(bytes, StandardCharsets.ISO_8859_1));
    }
    if (value instanceof Enum<?> symbol) {
      return NODES.textNode(symbol.name());
    }
    return NODES.textNode(value.toString());
  }

  private static byte[] bytes(Object value) {
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return bytes;
    }
    if (value instanceof GenericFixed fixed) {
      return fixed.bytes();
    }
    return value instanceof byte[] array ? array : null;
  }

  /** The branch of a union the value belongs to; the first non-null branch when nothing fits, for the validator to report. */
  private static Schema branch(Schema union, Object value) {
    Schema fallback = null;
    for (Schema branch : union.getTypes()) {
      if (branch.getType() != Schema.Type.NULL) {
        if (fits(branch, value)) {
          return branch;
        }
        fallback = fallback == null ? branch : fallback;
      }
    }
    return fallback == null ? union.getTypes().get(0) : fallback;
  }

  private static boolean fits(Schema branch, Object value) {
    LogicalType logical = branch.getLogicalType();
    return switch (branch.getType()) {
      case RECORD, ENUM, FIXED -> value instanceof GenericContainer avro && avro.getSchema().getFullName().equals(branch.getFullName())
          || value instanceof Enum<?> symbol && symbol.getDeclaringClass().getSimpleName().equals(branch.getName());
      case ARRAY -> value instanceof Collection<?>;
      case MAP -> value instanceof Map<?, ?>;
      case STRING -> value instanceof CharSequence || value instanceof UUID;
      case BYTES -> value instanceof ByteBuffer || value instanceof byte[] || value instanceof BigDecimal && logical != null;
      case INT -> value instanceof Integer || logical != null && value instanceof Temporal;
      case LONG -> value instanceof Long || logical != null && value instanceof Temporal;
      case FLOAT -> value instanceof Float;
      case DOUBLE -> value instanceof Double;
      case BOOLEAN -> value instanceof Boolean;
      default -> false;
    };
  }
}
