package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of JSON value a schema can accept. Numbers are split in two so that "integer" is a
 * subset of "number": {@code "integer"} is {@link #INTEGER}, {@code "number"} is INTEGER and
 * {@link #FRACTION}.
 */
enum JsonKind {
  NULL("null"),
  BOOLEAN("boolean"),
  OBJECT("object"),
  ARRAY("array"),
  STRING("string"),
  INTEGER("integer"),
  FRACTION("number");

  private final String typeName;

  JsonKind(String typeName) {
    this.typeName = typeName;
  }

  /** The JSON Schema type name; FRACTION is the non-integer part of "number". */
  public String typeName() {
    return typeName;
  }

  public static EnumSet<JsonKind> all() {
    return EnumSet.allOf(JsonKind.class);
  }

  /** The kinds one {@code type} name covers; empty for an unknown name. */
  public static EnumSet<JsonKind> ofTypeName(String name) {
    return switch (name) {
      case "null" -> EnumSet.of(NULL);
      case "boolean" -> EnumSet.of(BOOLEAN);
      case "object" -> EnumSet.of(OBJECT);
      case "array" -> EnumSet.of(ARRAY);
      case "string" -> EnumSet.of(STRING);
      case "integer" -> EnumSet.of(INTEGER);
      case "number" -> EnumSet.of(INTEGER, FRACTION);
      default -> EnumSet.noneOf(JsonKind.class);
    };
  }

  /** The kind of a value; 1.0 is an integer, as the drafts from 6 on say. */
  public static JsonKind of(JsonNode value) {
    if (value.isNull()) {
      return NULL;
    }
    if (value.isBoolean()) {
      return BOOLEAN;
    }
    if (value.isObject()) {
      return OBJECT;
    }
    if (value.isArray()) {
      return ARRAY;
    }
    if (value.isNumber()) {
      return isIntegral(value.decimalValue()) ? INTEGER : FRACTION;
    }
    return STRING;
  }

  public static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  /** True when the kinds include a number of either sort. */
  public static boolean anyNumber(Set<JsonKind> kinds) {
    return kinds.contains(INTEGER) || kinds.contains(FRACTION);
  }
}
