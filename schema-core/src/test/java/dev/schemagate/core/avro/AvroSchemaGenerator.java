package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random Avro schema documents for property tests: a top-level record with primitives, logical
 * types, enums, fixed, arrays, maps, unions and nested records, some fields with defaults. Named
 * types are numbered, so two documents from one generator never clash and mutations of one keep
 * its names. Every document is meant to be valid; defaults always fit (union defaults the first
 * branch).
 */
final class AvroSchemaGenerator {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final List<String> PRIMITIVES = List.of("boolean", "int", "long", "float", "double", "bytes", "string");
  static final List<String> SYMBOLS = List.of("RED", "GREEN", "BLUE", "CYAN", "MAGENTA", "YELLOW");

  private final Random random;
  private int names;

  AvroSchemaGenerator(Random random) {
    this.random = random;
  }

  ObjectNode record(int depth) {
    ObjectNode record = NODES.objectNode();
    record.put("type", "record");
    record.put("name", nextName("R"));
    if (depth == 0) {
      record.put("namespace", "com.example.generated");
    }
    ArrayNode fields = record.putArray("fields");
    int count = 1 + random.nextInt(depth == 0 ? 6 : 3);
    for (int i = 0; i < count; i++) {
      fields.add(field("f" + i, depth));
    }
    return record;
  }

  ObjectNode field(String name, int depth) {
    ObjectNode field = NODES.objectNode();
    field.put("name", name);
    JsonNode type = type(depth + 1);
    field.set("type", type);
    if (random.nextInt(10) < 4) {
      field.set("default", defaultFor(type));
    }
    return field;
  }

  JsonNode type(int depth) {
    int choice = random.nextInt(depth > 2 ? 8 : 14);
    return switch (choice) {
      case 0, 1, 2, 3, 4 -> primitive();
      case 5 -> logical();
      case 6 -> enumType();
      case 7 -> fixed();
      case 8, 9 -> union(depth);
      case 10 -> container("array", "items", depth);
      case 11 -> container("map", "values", depth);
      default -> record(depth);
    };
  }

  JsonNode primitive() {
    return NODES.textNode(PRIMITIVES.get(random.nextInt(PRIMITIVES.size())));
  }

  private JsonNode logical() {
    ObjectNode node = NODES.objectNode();
    switch (random.nextInt(4)) {
      case 0 -> node.put("type", "int").put("logicalType", "date");
      case 1 -> node.put("type", "long").put("logicalType", "timestamp-millis");
      case 2 -> node.put("type", "string").put("logicalType", "uuid");
      default -> node.put("type", "bytes").put("logicalType", "decimal").put("precision", 9).put("scale", 2);
    }
    return node;
  }

  ObjectNode enumType() {
    ObjectNode node = NODES.objectNode();
    node.put("type", "enum");
    node.put("name", nextName("E"));
    ArrayNode symbols = node.putArray("symbols");
    int count = 2 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      symbols.add(SYMBOLS.get(i));
    }
    if (random.nextInt(4) == 0) {
      node.put("default", SYMBOLS.get(0));
    }
    return node;
  }

  private ObjectNode fixed() {
    ObjectNode node = NODES.objectNode();
    node.put("type", "fixed");
    node.put("name", nextName("F"));
    node.put("size", 1 + random.nextInt(4));
    return node;
  }

  private ObjectNode container(String type, String key, int depth) {
    ObjectNode node = NODES.objectNode();
    node.put("type", type);
    node.set(key, type(depth + 1));
    return node;
  }

  /** Two or three branches of different kinds, often with "null" first. */
  ArrayNode union(int depth) {
    ArrayNode union = NODES.arrayNode();
    Set<String> kinds = new HashSet<>();
    if (random.nextBoolean()) {
      union.add("null");
      kinds.add("null");
    }
    int wanted = union.size() + 1 + random.nextInt(2);
    for (int tries = 0; tries < 10 && union.size() < wanted; tries++) {
      JsonNode branch = random.nextInt(4) == 0 ? (random.nextBoolean() ? enumType() : record(depth + 1)) : primitive();
      if (kinds.add(branch.isTextual() ? branch.asText() : branch.path("name").asText())) {
        union.add(branch);
      }
    }
    return union;
  }

  /** A default that fits the type; for a union, its first branch. */
  static JsonNode defaultFor(JsonNode type) {
    if (type.isArray()) {
      return defaultFor(type.get(0));
    }
    String kind = type.isTextual() ? type.asText() : type.path("type").asText();
    return switch (kind) {
      case "null" -> NODES.nullNode();
      case "boolean" -> NODES.booleanNode(true);
      case "int", "long" -> NODES.numberNode(7);
      case "float", "double" -> NODES.numberNode(1.5);
      case "bytes", "string" -> type.path("logicalType").asText("").equals("uuid")
          ? NODES.textNode("00000000-0000-0000-0000-000000000000") : NODES.textNode("s");
      case "enum" -> NODES.textNode(type.path("symbols").get(0).asText());
      case "fixed" -> NODES.textNode("x".repeat(type.path("size").asInt()));
      case "array" -> NODES.arrayNode();
      case "map" -> NODES.objectNode();
      case "record" -> {
        ObjectNode value = NODES.objectNode();
        for (JsonNode field : type.path("fields")) {
          value.set(field.path("name").asText(), defaultFor(field.path("type")));
        }
        yield value;
      }
      default -> NODES.nullNode();
    };
  }

  private String nextName(String prefix) {
    return prefix + names++;
  }
}
