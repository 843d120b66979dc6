package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Avro's JSON encoding as people read it: a decimal's two's-complement bytes (which Avro writes as
 * ISO-8859-1 text such as {@code "\u0000;L"}) become its decimal value as text ({@code "12.34"}).
 * Everything else stays exactly as Avro writes it. {@link #toEncoded} turns it back, so that a
 * witness shown to a user can be replayed with Avro's JSON decoder.
 */
final class AvroReadableJson {
  private final boolean readable;

  private AvroReadableJson(boolean readable) {
    this.readable = readable;
  }

  /** Avro's JSON encoding (changed in place) with decimals as their value. */
  static JsonNode toReadable(Schema schema, JsonNode encoded) {
    return new AvroReadableJson(true).of(schema, encoded);
  }

  /** The readable form (changed in place) back in Avro's JSON encoding. */
  static JsonNode toEncoded(Schema schema, JsonNode readable) {
    return new AvroReadableJson(false).of(schema, readable);
  }

  private JsonNode of(Schema schema, JsonNode encoded) {
    return switch (schema.getType()) {
      case RECORD -> record(schema, encoded);
      case ARRAY -> array(schema, encoded);
      case MAP -> map(schema, encoded);
      case UNION -> union(schema, encoded);
      case BYTES, FIXED -> decimal(schema, encoded);
      default -> encoded;
    };
  }

  private JsonNode record(Schema schema, JsonNode encoded) {
    if (encoded instanceof ObjectNode object) {
      for (Schema.Field field : schema.getFields()) {
        JsonNode value = object.get(field.name());
        if (value != null) {
          object.set(field.name(), of(field.schema(), value));
        }
      }
    }
    return encoded;
  }

  private JsonNode array(Schema schema, JsonNode encoded) {
    if (encoded instanceof ArrayNode items) {
      for (int i = 0; i < items.size(); i++) {
        items.set(i, of(schema.getElementType(), items.get(i)));
      }
    }
    return encoded;
  }

  private JsonNode map(Schema schema, JsonNode encoded) {
    if (encoded instanceof ObjectNode entries) {
      for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        entry.setValue(of(schema.getValueType(), entry.getValue()));
      }
    }
    return encoded;
  }

  /** A union's value other than null is an object with one key, the branch's (full) name. */
  private JsonNode union(Schema schema, JsonNode encoded) {
    if (encoded instanceof ObjectNode wrapped && wrapped.size() == 1) {
      String branchName = wrapped.fieldNames().next();
      for (Schema branch : schema.getTypes()) {
        if (branch.getFullName().equals(branchName)) {
          wrapped.set(branchName, of(branch, wrapped.get(branchName)));
        }
      }
    }
    return encoded;
  }

  private JsonNode decimal(Schema schema, JsonNode value) {
    if (!(schema.getLogicalType() instanceof LogicalTypes.Decimal decimal) || !value.isTextual()) {
      return value;
    }
    if (readable) {
      byte[] bytes = value.textValue().getBytes(StandardCharsets.ISO_8859_1);
      return bytes.length == 0 ? value
          : TextNode.valueOf(new BigDecimal(new BigInteger(bytes), decimal.getScale()).toPlainString());
    }
    byte[] unscaled = new BigDecimal(value.textValue()).setScale(decimal.getScale()).unscaledValue().toByteArray();
    if (schema.getType() == Schema.Type.FIXED && unscaled.length < schema.getFixedSize()) {
      byte[] padded = new byte[schema.getFixedSize()];
      Arrays.fill(padded, 0, padded.length - unscaled.length, unscaled[0] < 0 ? (byte) -1 : 0);
      System.arraycopy(unscaled, 0, padded, padded.length - unscaled.length, unscaled.length);
      unscaled = padded;
    }
    return TextNode.valueOf(new String(unscaled, StandardCharsets.ISO_8859_1));
  }
}
