package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.validate.InstanceProblem;
import java.util.stream.Collectors;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** How Avro instance problems name types and values in sentences. */
final class AvroInstanceWords {
  private static final int SHOWN_CHARACTERS = 40;

  private AvroInstanceWords() {}

  /** {@code The value is a string ("12.50") but the schema wants "double"; write a number instead.} */
  static InstanceProblem wrongKind(Schema wanted, JsonNode value, String path) {
    return new InstanceProblem(path, "The value is " + kind(value) + " but the schema wants " + type(wanted)
        + "; write " + expected(wanted) + " instead.");
  }

  /** {@code "string"}, {@code record "com.acme.Customer"}, {@code one of "null", "string"}. */
  static String type(Schema schema) {
    LogicalType logical = schema.getLogicalType();
    if (logical instanceof LogicalTypes.Decimal decimal) {
      return "\"decimal(" + decimal.getPrecision() + "," + decimal.getScale() + ")\"";
    }
    if (logical != null) {
      return "\"" + logical.getName() + "\"";
    }
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> schema.getType().getName() + " \"" + schema.getFullName() + "\"";
      case ARRAY -> "an array of " + type(schema.getElementType());
      case MAP -> "a map of " + type(schema.getValueType());
      case UNION -> "one of " + schema.getTypes().stream().map(AvroInstanceWords::type).collect(Collectors.joining(", "));
      default -> "\"" + schema.getType().getName() + "\"";
    };
  }

  /** What a JSON value is, with the value itself when it is short. */
  static String kind(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isBoolean()) {
      return "a boolean (" + value.asText() + ")";
    }
    if (value.isIntegralNumber()) {
      return "an integer (" + value.asText() + ")";
    }
    if (value.isNumber()) {
      return "a number (" + value.asText() + ")";
    }
    if (value.isTextual()) {
      return "a string (\"" + shorten(value.asText()) + "\")";
    }
    return value.isArray() ? "an array" : value.isObject() ? "an object" : "binary data";
  }

  /** True when the branch takes values of the JSON kind {@code value} has. */
  static boolean sameKind(Schema branch, JsonNode value) {
    LogicalType logical = branch.getLogicalType();
    return switch (branch.getType()) {
      case RECORD, MAP -> value.isObject();
      case ARRAY -> value.isArray();
      case STRING, BYTES, ENUM, FIXED -> value.isTextual() || logical instanceof LogicalTypes.Decimal && value.isNumber();
      case INT, LONG -> value.isNumber() || logical != null && value.isTextual();
      case FLOAT, DOUBLE -> value.isNumber();
      case BOOLEAN -> value.isBoolean();
      case NULL -> value.isNull();
      case UNION -> false;
    };
  }

  static String shorten(String text) {
    return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
  }

  private static String expected(Schema schema) {
    boolean temporal = schema.getLogicalType() != null && !(schema.getLogicalType() instanceof LogicalTypes.Decimal);
    return switch (schema.getType()) {
      case NULL -> "null";
      case BOOLEAN -> "true or false";
      case INT, LONG -> temporal ? "an integer or ISO-8601 text" : "an integer";
      case FLOAT, DOUBLE -> "a number";
      case STRING, BYTES, FIXED -> schema.getLogicalType() instanceof LogicalTypes.Decimal ? "a number" : "a string";
      case ENUM -> "one of its symbols";
      case RECORD -> "an object with its fields";
      case MAP -> "an object";
      case ARRAY -> "an array";
      case UNION -> "a value of one of those types";
    };
  }
}
