package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random JSON Schemas of drafts 2019-09 and 2020-12 and random mutations of them, from a seeded
 * {@link Random}. They use the keywords those drafts added or changed: {@code unevaluatedProperties},
 * {@code unevaluatedItems}, {@code prefixItems} (2020-12) or array {@code items} (2019-09),
 * {@code dependentSchemas}, {@code dependentRequired}, {@code if}/{@code then}/{@code else},
 * {@code contains} with {@code minContains}/{@code maxContains}, {@code $dynamicRef}, next to
 * {@code propertyNames}, {@code patternProperties}, combinators and schemas without a {@code type}.
 */
final class RandomModernJsonSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] NAMES = {"a", "b", "c", "n", "name", "x_2"};
  private static final String[] TYPES = {"string", "integer", "number", "boolean", "null", "object", "array"};

  private final Random random;
  private final boolean draft2020;

  RandomModernJsonSchemas(Random random, boolean draft2020) {
    this.random = random;
    this.draft2020 = draft2020;
  }

  String dialect() {
    return draft2020 ? "https://json-schema.org/draft/2020-12/schema" : "https://json-schema.org/draft/2019-09/schema";
  }

  /** A random schema document, sometimes with a {@code $defs} entry reached by {@code $ref} or {@code $dynamicRef}. */
  ObjectNode schema() {
    ObjectNode root = any(0);
    if (random.nextInt(5) == 0) {
      root.putObject("$defs").set("shared", object(2));
      if (draft2020 && random.nextBoolean()) {
        ((ObjectNode) root.get("$defs").get("shared")).put("$dynamicAnchor", "node");
        root.putObject("properties").putObject(name()).put("$dynamicRef", "#node");
      } else {
        ObjectNode properties = root.has("properties") ? (ObjectNode) root.get("properties") : root.putObject("properties");
        properties.putObject(name()).put("$ref", "#/$defs/shared");
      }
    }
    root.put("$schema", dialect());
    return root;
  }

  ObjectNode any(int depth) {
    int pick = random.nextInt(depth >= 2 ? 50 : 100);
    if (pick < 12) {
      return scalar();
    } else if (pick < 20) {
      return untyped();
    } else if (pick < 26) {
      return enumeration();
    } else if (pick < 50) {
      return object(depth);
    } else if (pick < 70) {
      return array(depth);
    } else if (pick < 80) {
      return conditional(depth);
    }
    ObjectNode combined = random.nextBoolean() ? object(depth) : NODES.objectNode();
    String keyword = new String[] {"allOf", "anyOf", "oneOf", "not"}[random.nextInt(4)];
    if (keyword.equals("not")) {
      combined.set("not", scalar());
    } else {
      ArrayNode parts = combined.putArray(keyword);
      for (int i = 0; i < 1 + random.nextInt(2); i++) {
        parts.add(random.nextInt(6) == 0 ? NODES.booleanNode(random.nextBoolean()) : any(depth + 1));
      }
    }
    if (random.nextInt(3) == 0) {
      combined.put("unevaluatedProperties", false);
    }
    return combined;
  }

  private ObjectNode scalar() {
    String type = TYPES[random.nextInt(5)];
    ObjectNode schema = NODES.objectNode().put("type", type);
    if (type.equals("string") && random.nextBoolean()) {
      schema.put(random.nextBoolean() ? "maxLength" : "minLength", 1 + random.nextInt(4));
    } else if ((type.equals("integer") || type.equals("number")) && random.nextBoolean()) {
      schema.put(random.nextBoolean() ? "minimum" : "maximum", random.nextInt(10) - 3);
    }
    return schema;
  }

  /** Schemas without a type: the writers whose findings most often lacked a witness. */
  private ObjectNode untyped() {
    ObjectNode schema = NODES.objectNode();
    switch (random.nextInt(5)) {
      case 0 -> schema.put("pattern", "^[a-z]*$");
      case 1 -> schema.put("multipleOf", 5);
      case 2 -> schema.put("maxProperties", 1);
      case 3 -> schema.putObject("not").putArray("type").add("string").add("null");
      default -> { }
    }
    return schema;
  }

  private ObjectNode enumeration() {
    ObjectNode schema = NODES.objectNode();
    ArrayNode values = schema.putArray("enum");
    values.add("A").add(1);
    if (random.nextBoolean()) {
      values.addNull();
    }
    if (random.nextBoolean()) {
      values.addObject().put("a", 1);
    }
    return schema;
  }

  private ObjectNode object(int depth) {
    ObjectNode schema = NODES.objectNode();
    if (random.nextInt(3) > 0) {
      schema.put("type", "object");
    }
    ObjectNode properties = schema.putObject("properties");
    for (int i = 0; i < random.nextInt(3); i++) {
      properties.set(name(), depth > 2 || random.nextBoolean() ? scalar() : any(depth + 1));
    }
    if (properties.size() > 0 && random.nextInt(3) == 0) {
      schema.putArray("required").add(properties.fieldNames().next());
    }
    switch (random.nextInt(9)) {
      case 0 -> schema.put("additionalProperties", false);
      case 1 -> schema.set("additionalProperties", scalar());
      case 2 -> schema.put("unevaluatedProperties", false);
      case 3 -> schema.set("unevaluatedProperties", scalar());
      case 4 -> schema.putObject("patternProperties").set("^n", scalar());
      default -> { }
    }
    switch (random.nextInt(8)) {
      case 0 -> schema.putObject("propertyNames").put("maxLength", 4);
      case 1 -> schema.putObject("dependentSchemas").set(name(), object(3));
      case 2 -> schema.putObject("dependentRequired").putArray(name()).add(name());
      default -> { }
    }
    return schema;
  }

  private ObjectNode array(int depth) {
    ObjectNode schema = NODES.objectNode();
    if (random.nextInt(3) > 0) {
      schema.put("type", "array");
    }
    if (random.nextBoolean()) {
      ArrayNode tuple = schema.putArray(draft2020 ? "prefixItems" : "items");
      for (int i = 0; i < 1 + random.nextInt(2); i++) {
        tuple.add(random.nextInt(5) == 0 ? NODES.booleanNode(false) : scalar());
      }
      if (random.nextBoolean()) {
        schema.set(draft2020 ? "items" : "additionalItems", random.nextBoolean() ? NODES.booleanNode(false) : scalar());
      }
    } else if (random.nextBoolean()) {
      schema.set("items", depth > 2 ? scalar() : any(depth + 1));
    }
    if (random.nextInt(3) == 0) {
      schema.set("unevaluatedItems", random.nextBoolean() ? NODES.booleanNode(false) : scalar());
    }
    if (random.nextInt(4) == 0) {
      schema.set("contains", scalar());
      if (random.nextBoolean()) {
        schema.put(random.nextBoolean() ? "minContains" : "maxContains", random.nextInt(3));
      }
    }
    if (random.nextInt(4) == 0) {
      schema.put(random.nextBoolean() ? "minItems" : "maxItems", random.nextInt(3));
    }
    return schema;
  }

  private ObjectNode conditional(int depth) {
    ObjectNode schema = random.nextBoolean() ? object(depth) : NODES.objectNode();
    ObjectNode condition = schema.putObject("if");
    condition.putObject("properties").set(name(), scalar());
    if (random.nextBoolean()) {
      condition.putArray("required").add(name());
    }
    if (random.nextBoolean()) {
      schema.set("then", random.nextBoolean() ? object(depth + 1) : NODES.objectNode().put("minProperties", 1));
    }
    if (random.nextBoolean()) {
      schema.set("else", random.nextInt(3) == 0 ? NODES.booleanNode(false) : scalar());
    }
    return schema;
  }

  /** A copy with one to three random changes, each at a random schema inside it. */
  ObjectNode mutate(ObjectNode original) {
    ObjectNode copy = original.deepCopy();
    copy.remove("$schema");
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      List<ObjectNode> places = new ArrayList<>();
      RandomJsonSchemas.collect(copy, places);
      change(places.get(random.nextInt(places.size())));
    }
    copy.put("$schema", dialect());
    return copy;
  }

  private void change(ObjectNode schema) {
    switch (random.nextInt(14)) {
      case 0 -> schema.put("type", TYPES[random.nextInt(TYPES.length)]);
      case 1 -> objectIn(schema, "properties").set(name(), scalar());
      case 2 -> schema.put("unevaluatedProperties", false);
      case 3 -> schema.set("unevaluatedProperties", scalar());
      case 4 -> schema.set("unevaluatedItems", random.nextBoolean() ? NODES.booleanNode(false) : scalar());
      case 5 -> schema.put("additionalProperties", random.nextBoolean());
      case 6 -> arrayIn(schema, draft2020 ? "prefixItems" : "items").add(scalar());
      case 7 -> schema.set("contains", scalar());
      case 8 -> objectIn(schema, "patternProperties").set("^n", scalar());
      case 9 -> objectIn(schema, "propertyNames").put("maxLength", 1 + random.nextInt(4));
      case 10 -> {
        ObjectNode inner = schema.deepCopy();
        schema.removeAll();
        schema.putArray("allOf").add(inner);
      }
      case 11 -> schema.put(random.nextBoolean() ? "minItems" : "maxProperties", random.nextInt(3));
      default -> {
        List<String> keywords = new ArrayList<>();
        schema.fieldNames().forEachRemaining(keywords::add);
        keywords.remove("$schema");
        keywords.remove("$defs");
        if (!keywords.isEmpty()) {
          schema.remove(keywords.get(random.nextInt(keywords.size())));
        }
      }
    }
  }

  private static ObjectNode objectIn(ObjectNode schema, String keyword) {
    return schema.get(keyword) instanceof ObjectNode object ? object : schema.putObject(keyword);
  }

  private static ArrayNode arrayIn(ObjectNode schema, String keyword) {
    return schema.get(keyword) instanceof ArrayNode array ? array : schema.putArray(keyword);
  }

  private String name() {
    return NAMES[random.nextInt(NAMES.length)];
  }
}
