package dev.schemagate.core.avro;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.Pointers;
import java.math.BigInteger;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rules for values inside an Avro schema: field defaults and logical types.
 *
 * <p>Defaults follow the Avro specification, which is stricter than Avro's Java parser in three
 * places, each a default that breaks readers later: a union's default must fit its <em>first</em>
 * branch (Java accepts any branch, then encodes the default as the first branch when it fills a
 * missing field), an enum default must be one of the symbols, and a fixed default must have the
 * fixed size.
 *
 * <p>A known logical type on the wrong base type ({@code "date"} on a {@code "string"}, a decimal
 * without a precision) is an error. Avro ignores such a logical type without a word and Confluent's
 * registry accepts the schema, but then every consumer reads plain strings or bytes where the author
 * meant dates or decimals; the registry is the place to say so. Logical types Avro does not know are
 * custom ones and stay allowed.
 */
final class AvroValueRules {
  private static final Set<String> INT_BASED = Set.of("date", "time-millis");
  private static final Set<String> LONG_BASED = Set.of("time-micros", "timestamp-millis", "timestamp-micros",
      "timestamp-nanos", "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos");
  private static final Set<String> FLOAT_WORDS = Set.of("NaN", "Infinity", "-Infinity");
  private static final int MAX_DEPTH = 32;

  private final AvroDefinitions definitions;

  AvroValueRules(AvroDefinitions definitions) {
    this.definitions = definitions;
  }

  /** What is wrong with a field's default, as the end of a sentence; null when it fits. */
  String defaultProblem(JsonNode type, String namespace, JsonNode value) {
    if (type.isArray() && type.size() > 0) {
      if (fits(type.get(0), namespace, value, 0)) {
        return null;
      }
      for (int i = 1; i < type.size(); i++) {
        if (fits(type.get(i), namespace, value, 0)) {
          return "which fits the union's branch " + describe(type.get(i)) + " but not its first branch "
              + describe(type.get(0)) + "; Avro reads a union's default as its first branch, so put "
              + describe(type.get(i)) + " first or use a default for " + describe(type.get(0)) + ".";
        }
      }
      return "which fits none of the union's branches; use a value of its first branch " + describe(type.get(0))
          + " or remove the default.";
    }
    if (fits(type, namespace, value, 0)) {
      return null;
    }
    JsonNode resolved = resolved(type, namespace);
    String kind = resolved.isTextual() ? resolved.asText() : resolved.path("type").asText("");
    if (value.isTextual() && kind.equals("enum")) {
      return "which is not one of the symbols of " + describe(resolved) + "; use one of them or remove the default.";
    }
    if (value.isTextual() && kind.equals("fixed") && latin1(value)) {
      int size = resolved.path("size").asInt();
      return "which is not " + size + " bytes long, the size of " + describe(resolved) + "; write exactly " + size
          + " characters, one per byte, or remove the default.";
    }
    if (value.isTextual() && (kind.equals("bytes") || kind.equals("fixed"))) {
      return "which holds characters above \\u00ff; a bytes default has one character per byte, so use only"
          + " characters from \\u0000 to \\u00ff.";
    }
    return "which is not a valid " + describe(type) + "; use a value of that type or remove the default.";
  }

  /** The schema a type names: its definition for a named type, otherwise itself. */
  private JsonNode resolved(JsonNode type, String namespace) {
    if (type.isTextual() && !AvroNames.PRIMITIVES.contains(type.asText())) {
      AvroDefinitions.Definition definition = definitions.resolve(type.asText(), namespace);
      return definition == null ? type : definition.node();
    }
    return type;
  }

  private boolean fits(JsonNode type, String namespace, JsonNode value, int depth) {
    if (depth > MAX_DEPTH) {
      return true;
    }
    if (type.isTextual()) {
      if (AvroNames.PRIMITIVES.contains(type.asText())) {
        return primitiveFits(type.asText(), value);
      }
      AvroDefinitions.Definition definition = definitions.resolve(type.asText(), namespace);
      return definition == null || fits(definition.node(), definition.namespace(), value, depth + 1);
    }
    if (type.isArray()) {
      for (JsonNode branch : type) {
        if (fits(branch, namespace, value, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    String kind = type.path("type").asText("");
    String inner = AvroNames.namespaceInside(type, namespace);
    return switch (kind) {
      case "record", "error" -> value.isObject() && fieldsFit(type.path("fields"), inner, value, depth);
      case "enum" -> value.isTextual() && contains(type.path("symbols"), value.asText());
      case "fixed" -> value.isTextual() && value.asText().length() == type.path("size").asInt(-1) && latin1(value);
      case "array" -> value.isArray() && allFit(type.path("items"), inner, value, depth);
      case "map" -> value.isObject() && allFit(type.path("values"), inner, value, depth);
      default -> !AvroNames.PRIMITIVES.contains(kind) || primitiveFits(kind, value);
    };
  }

  private boolean fieldsFit(JsonNode fields, String namespace, JsonNode value, int depth) {
    for (JsonNode field : fields) {
      JsonNode given = value.get(field.path("name").asText());
      if (given == null ? !field.has("default") : !fits(field.path("type"), namespace, given, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private boolean allFit(JsonNode type, String namespace, JsonNode values, int depth) {
    for (JsonNode value : values) {
      if (!fits(type, namespace, value, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean primitiveFits(String type, JsonNode value) {
    return switch (type) {
      case "null" -> value.isNull();
      case "boolean" -> value.isBoolean();
      case "int" -> value.isIntegralNumber() && value.canConvertToInt();
      case "long" -> value.isIntegralNumber() && value.canConvertToLong();
      case "float", "double" -> value.isNumber() || value.isTextual() && FLOAT_WORDS.contains(value.asText());
      case "bytes" -> value.isTextual() && latin1(value);
      default -> value.isTextual();
    };
  }

  /** Bytes and fixed defaults are text whose characters are the bytes, so each must be below 256. */
  private static boolean latin1(JsonNode value) {
    return value.asText().chars().allMatch(c -> c < 256);
  }

  private static boolean contains(JsonNode symbols, String symbol) {
    for (JsonNode candidate : symbols) {
      if (candidate.asText().equals(symbol)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(JsonNode type) {
    if (type.isTextual()) {
      return Quotes.quote(type.asText());
    }
    String kind = type.path("type").asText("?");
    return AvroNames.NAMED.contains(kind) ? AvroSchemaLint.named(kind, type)
        : type.isArray() ? "union" : Quotes.quote(kind);
  }

  // ---- logical types

  static void checkLogicalType(JsonNode node, String pointer, BiConsumer<String, String> problem) {
    JsonNode logical = node.get("logicalType");
    if (logical == null || !logical.isTextual()) {
      return;
    }
    String name = logical.asText();
    String type = node.path("type").asText("");
    String at = Pointers.append(pointer, "logicalType");
    String needs = needs(name, type, node.path("size").asInt(-1));
    if (needs != null) {
      problem.accept(at, "The logical type " + Quotes.quote(name) + " needs " + needs + ", not "
          + Quotes.quote(type) + (type.equals("fixed") ? " of " + node.path("size").asInt() + " bytes" : "")
          + "; Avro would ignore it and read plain " + Quotes.quote(type) + " values, so change the type or"
          + " remove \"logicalType\".");
    } else if (name.equals("decimal")) {
      checkDecimal(node, pointer, type, problem);
    }
  }

  /** What base type a known logical type needs, or null when it has it (or is not known). */
  private static String needs(String logicalType, String type, int size) {
    if (INT_BASED.contains(logicalType)) {
      return type.equals("int") ? null : "the type \"int\"";
    }
    if (LONG_BASED.contains(logicalType)) {
      return type.equals("long") ? null : "the type \"long\"";
    }
    return switch (logicalType) {
      case "uuid" -> type.equals("string") || type.equals("fixed") && size == 16 ? null
          : "the type \"string\" or a fixed of 16 bytes";
      case "duration" -> type.equals("fixed") && size == 12 ? null : "a fixed of 12 bytes";
      case "big-decimal" -> type.equals("bytes") ? null : "the type \"bytes\"";
      case "decimal" -> type.equals("bytes") || type.equals("fixed") ? null : "the type \"bytes\" or a fixed";
      default -> null;
    };
  }

  private static void checkDecimal(JsonNode node, String pointer, String type, BiConsumer<String, String> problem) {
    JsonNode precision = node.get("precision");
    if (precision == null || !precision.isIntegralNumber() || !precision.canConvertToInt() || precision.asInt() < 1) {
      problem.accept(precision == null ? pointer : Pointers.append(pointer, "precision"), "The decimal needs a"
          + " \"precision\" of 1 or more, the number of digits it holds; without it Avro ignores the logical type.");
      return;
    }
    JsonNode scale = node.get("scale");
    if (scale != null && (!scale.isIntegralNumber() || !scale.canConvertToInt() || scale.asInt() < 0
        || scale.asInt() > precision.asInt())) {
      problem.accept(Pointers.append(pointer, "scale"), "The decimal's \"scale\" " + Json.write(scale)
          + " must be a whole number from 0 to its \"precision\" " + precision.asInt()
          + "; otherwise Avro ignores the logical type.");
    }
    int size = node.path("size").asInt(-1);
    if (type.equals("fixed") && size >= 0) {
      int digits = size == 0 ? 0
          : BigInteger.TWO.pow(8 * size - 1).subtract(BigInteger.ONE).toString().length() - 1;
      if (precision.asInt() > digits) {
        problem.accept(Pointers.append(pointer, "precision"), "A fixed of " + size + " bytes holds at most " + digits
            + " decimal digits, so the \"precision\" " + precision.asInt() + " does not fit; raise \"size\" or lower"
            + " \"precision\", or Avro ignores the logical type.");
      }
    }
  }
}
