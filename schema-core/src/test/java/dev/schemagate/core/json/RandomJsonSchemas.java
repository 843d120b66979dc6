package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON Schemas (draft 7) and random mutations of them, from a seeded {@link Random}: the
 * raw material of the property tests. Property names come from a small pool so that versions
 * collide on names the way real versions do.
 */
final class RandomJsonSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] NAMES = {"a", "b", "c", "d", "e", "f"};
  private static final String[] PATTERNS = {"^[a-z]+$", "^[A-Z]{2,4}$", "^[0-9]*$", "a", "^x"};
  private static final String[] TYPES = {"string", "integer", "number", "boolean", "null", "object", "array"};

  private final Random random;

  RandomJsonSchemas(Random random) {
    this.random = random;
  }

  /** A random schema, sometimes with definitions that properties refer to. */
  ObjectNode schema() {
    ObjectNode root = any(0);
    if (random.nextInt(4) == 0) {
      ObjectNode definitions = root.putObject("definitions");
      definitions.set("shared", object(2));
      ObjectNode properties = root.has("properties") ? (ObjectNode) root.get("properties") : root.putObject("properties");
      properties.putObject(name()).put("$ref", "#/definitions/shared");
    }
    return root;
  }

  ObjectNode any(int depth) {
    int pick = random.nextInt(depth >= 3 ? 60 : 100);
    if (pick < 20) {
      return string();
    } else if (pick < 40) {
      return number();
    } else if (pick < 48) {
      return enumeration();
    } else if (pick < 54) {
      return NODES.objectNode().put("type", TYPES[random.nextInt(5)]);
    } else if (pick < 60) {
      ObjectNode nullable = string();
      nullable.putArray("type").add("string").add("null");
      return nullable;
    } else if (pick < 82) {
      return object(depth);
    } else if (pick < 92) {
      return array(depth);
    }
    ObjectNode combined = NODES.objectNode();
    ArrayNode alternatives = combined.putArray(random.nextInt(3) == 0 ? "oneOf" : "anyOf");
    for (int i = 0; i < 2 + random.nextInt(2); i++) {
      alternatives.add(any(depth + 1));
    }
    return combined;
  }

  private ObjectNode string() {
    ObjectNode schema = NODES.objectNode().put("type", "string");
    if (random.nextInt(3) == 0) {
      schema.put("minLength", random.nextInt(3));
    }
    if (random.nextInt(3) == 0) {
      schema.put("maxLength", 3 + random.nextInt(8));
    }
    if (random.nextInt(5) == 0) {
      schema.put("pattern", PATTERNS[random.nextInt(PATTERNS.length)]);
    }
    return schema;
  }

  private ObjectNode number() {
    ObjectNode schema = NODES.objectNode().put("type", random.nextBoolean() ? "integer" : "number");
    if (random.nextInt(3) == 0) {
      schema.put(random.nextBoolean() ? "minimum" : "exclusiveMinimum", random.nextInt(10) - 5);
    }
    if (random.nextInt(3) == 0) {
      schema.put(random.nextBoolean() ? "maximum" : "exclusiveMaximum", 5 + random.nextInt(20));
    }
    if (random.nextInt(6) == 0) {
      schema.put("multipleOf", new int[] {2, 3, 4}[random.nextInt(3)]);
    }
    return schema;
  }

  private ObjectNode enumeration() {
    ObjectNode schema = NODES.objectNode();
    ArrayNode values = schema.putArray("enum");
    List<JsonNode> pool = List.of(NODES.textNode("A"), NODES.textNode("B"), NODES.textNode("C"), NODES.numberNode(1),
        NODES.numberNode(2), NODES.nullNode(), NODES.booleanNode(true));
    for (JsonNode value : pool) {
      if (random.nextInt(3) == 0 || values.isEmpty() && value == pool.get(pool.size() - 1)) {
        values.add(value);
      }
    }
    return schema;
  }

  private ObjectNode object(int depth) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      String name = name();
      properties.set(name, any(depth + 1));
      if (random.nextInt(3) == 0) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", distinct(required));
    }
    int model = random.nextInt(10);
    if (model < 3) {
      schema.put("additionalProperties", false);
    } else if (model < 4) {
      schema.set("additionalProperties", NODES.objectNode().put("type", TYPES[random.nextInt(5)]));
    } else if (model < 5) {
      schema.putObject("patternProperties").set("^x", any(depth + 1));
    }
    if (random.nextInt(8) == 0) {
      schema.put("maxProperties", 1 + random.nextInt(4));
    }
    return schema;
  }

  private ObjectNode array(int depth) {
    ObjectNode schema = NODES.objectNode().put("type", "array");
    if (random.nextInt(4) == 0) {
      ArrayNode tuple = schema.putArray("items");
      for (int i = 0; i < 1 + random.nextInt(3); i++) {
        tuple.add(any(depth + 1));
      }
      if (random.nextBoolean()) {
        schema.put("additionalItems", false);
      }
    } else {
      schema.set("items", any(depth + 1));
    }
    if (random.nextInt(4) == 0) {
      schema.put("minItems", random.nextInt(3));
    }
    if (random.nextInt(4) == 0) {
      schema.put("maxItems", 2 + random.nextInt(4));
    }
    if (random.nextInt(6) == 0) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  /** A copy of the schema with one to three random changes, each at a random schema inside it. */
  ObjectNode mutate(ObjectNode original) {
    ObjectNode copy = original.deepCopy();
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      List<ObjectNode> places = new ArrayList<>();
      collect(copy, places);
      change(places.get(random.nextInt(places.size())));
    }
    return copy;
  }

  private void change(ObjectNode schema) {
    switch (random.nextInt(12)) {
      case 0 -> schema.put("type", TYPES[random.nextInt(TYPES.length)]);
      case 1 -> {
        if (schema.has("properties")) {
          ((ObjectNode) schema.get("properties")).set(name(), any(3));
        }
      }
      case 2 -> {
        if (schema.has("properties") && schema.get("properties").size() > 0) {
          String name = schema.get("properties").fieldNames().next();
          ((ObjectNode) schema.get("properties")).remove(name);
        }
      }
      case 3 -> {
        if (schema.has("required")) {
          schema.remove("required");
        } else if (schema.has("properties") && schema.get("properties").size() > 0) {
          schema.putArray("required").add(schema.get("properties").fieldNames().next());
        }
      }
      case 4 -> {
        if (schema.has("additionalProperties")) {
          schema.remove("additionalProperties");
        } else if (schema.has("properties")) {
          schema.put("additionalProperties", false);
        }
      }
      case 5 -> schema.put("maxLength", 2 + random.nextInt(8));
      case 6 -> schema.put(random.nextBoolean() ? "minimum" : "maximum", random.nextInt(20) - 5);
      case 7 -> {
        if (schema.has("enum")) {
          ArrayNode values = (ArrayNode) schema.get("enum");
          if (values.size() > 1 && random.nextBoolean()) {
            values.remove(0);
          } else {
            values.add("D");
          }
        }
      }
      case 8 -> {
        List<String> keywords = new ArrayList<>();
        schema.fieldNames().forEachRemaining(keywords::add);
        keywords.remove("type");
        if (!keywords.isEmpty()) {
          schema.remove(keywords.get(random.nextInt(keywords.size())));
        }
      }
      case 9 -> {
        ObjectNode inner = schema.deepCopy();
        schema.removeAll();
        ArrayNode alternatives = schema.putArray("anyOf");
        alternatives.add(inner);
        alternatives.add(any(3));
      }
      case 10 -> schema.put("pattern", PATTERNS[random.nextInt(PATTERNS.length)]);
      default -> {
        if (schema.has("items") && schema.get("items").isObject()) {
          schema.set("items", any(3));
        } else {
          schema.put("minItems", random.nextInt(3));
        }
      }
    }
  }

  /** Every object that sits where a schema goes (the keywords of every draft the tests generate). */
  static void collect(ObjectNode schema, List<ObjectNode> places) {
    places.add(schema);
    for (Map.Entry<String, JsonNode> field : schema.properties()) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "properties", "patternProperties", "definitions", "$defs", "dependentSchemas" -> value.forEach(child -> {
          if (child instanceof ObjectNode object) {
            collect(object, places);
          }
        });
        case "items", "prefixItems", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains",
            "anyOf", "oneOf", "allOf", "not", "if", "then", "else" -> {
          if (value instanceof ObjectNode object) {
            collect(object, places);
          } else if (value.isArray()) {
            value.forEach(child -> {
              if (child instanceof ObjectNode object) {
                collect(object, places);
              }
            });
          }
        }
        default -> { }
      }
    }
  }

  private String name() {
    return NAMES[random.nextInt(NAMES.length)];
  }

  private static ArrayNode distinct(ArrayNode names) {
    ArrayNode unique = NODES.arrayNode();
    List<String> seen = new ArrayList<>();
    names.forEach(name -> {
      if (!seen.contains(name.asText())) {
        seen.add(name.asText());
        unique.add(name);
      }
    });
    return unique;
  }
}
