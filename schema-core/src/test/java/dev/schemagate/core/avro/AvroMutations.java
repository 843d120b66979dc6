package dev.schemagate.core.avro;

import static dev.schemagate.core.avro.AvroSchemaGenerator.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random schema evolution for property tests: the changes teams make between versions (fields
 * added, removed, renamed, given or robbed of defaults; types changed, promoted, made nullable;
 * union branches, enum symbols and fixed sizes changed; named types renamed, with or without
 * aliases). Field defaults are refitted after each change, so the result stays a valid schema.
 */
final class AvroMutations {
  private final Random random;
  private final AvroSchemaGenerator generator;
  private int added;

  AvroMutations(Random random, AvroSchemaGenerator generator) {
    this.random = random;
    this.generator = generator;
  }

  /** A mutated copy of {@code schema}: one to three changes. */
  ObjectNode mutate(ObjectNode schema) {
    ObjectNode copy = schema.deepCopy();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      mutateOnce(copy);
    }
    refitDefaults(copy);
    return copy;
  }

  /** A place that holds a type: a field's type, array items, map values, or a union branch. */
  private record Slot(JsonNode parent, String key, int index) {
    JsonNode get() {
      return key != null ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode type) {
      if (key != null) {
        ((ObjectNode) parent).set(key, type);
      } else {
        ((ArrayNode) parent).set(index, type);
      }
    }
  }

  private void mutateOnce(ObjectNode schema) {
    List<ObjectNode> records = new ArrayList<>();
    List<ObjectNode> named = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    collect(schema, records, named, slots);
    ObjectNode record = records.get(random.nextInt(records.size()));
    ArrayNode fields = (ArrayNode) record.get("fields");
    ObjectNode field = (ObjectNode) fields.get(random.nextInt(fields.size()));
    Slot slot = slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    switch (random.nextInt(12)) {
      case 0 -> fields.add(generator.field("g" + added++, 2));
      case 1 -> {
        if (fields.size() > 1) {
          fields.remove(random.nextInt(fields.size()));
        }
      }
      case 2 -> {
        String old = field.get("name").asText();
        field.put("name", old + "x");
        if (random.nextBoolean()) {
          field.putArray("aliases").add(old);
        }
      }
      case 3 -> {
        if (field.has("default")) {
          field.remove("default");
        } else {
          field.set("default", AvroSchemaGenerator.defaultFor(field.get("type")));
        }
      }
      case 4 -> retype(slot);
      case 5 -> {
        if (slot != null && !slot.get().isArray() && !(slot.parent() instanceof ArrayNode)) {
          slot.set(NODES.arrayNode().add("null").add(slot.get()));
        }
      }
      case 6 -> union(slot);
      case 7 -> symbols(named);
      case 8 -> resize(named);
      case 9 -> rename(named);
      case 10 -> {
        List<JsonNode> reversed = new ArrayList<>();
        fields.forEach(reversed::add);
        fields.removeAll();
        for (int i = reversed.size() - 1; i >= 0; i--) {
          fields.add(reversed.get(i));
        }
      }
      default -> {
        if (slot != null) {
          slot.set(generator.type(2));
        }
      }
    }
  }

  /** A primitive slot becomes another primitive: often a promotion, sometimes not. */
  private void retype(Slot slot) {
    if (slot != null && slot.get().isTextual()) {
      slot.set(generator.primitive());
    }
  }

  private void union(Slot slot) {
    if (slot == null || !slot.get().isArray()) {
      return;
    }
    ArrayNode union = (ArrayNode) slot.get();
    if (union.size() > 1 && random.nextBoolean()) {
      union.remove(1 + random.nextInt(union.size() - 1));
      return;
    }
    JsonNode branch = generator.primitive();
    for (JsonNode existing : union) {
      if (existing.equals(branch)) {
        return;
      }
    }
    union.add(branch);
  }

  private void symbols(List<ObjectNode> named) {
    ObjectNode enumType = pick(named, "enum");
    if (enumType == null) {
      return;
    }
    ArrayNode symbols = (ArrayNode) enumType.get("symbols");
    switch (random.nextInt(3)) {
      case 0 -> {
        if (symbols.size() < AvroSchemaGenerator.SYMBOLS.size()) {
          symbols.add(AvroSchemaGenerator.SYMBOLS.get(symbols.size()));
        }
      }
      case 1 -> {
        if (symbols.size() > 2) {
          symbols.remove(symbols.size() - 1);
        }
      }
      default -> {
        if (enumType.has("default")) {
          enumType.remove("default");
        } else {
          enumType.put("default", symbols.get(0).asText());
        }
      }
    }
  }

  private void resize(List<ObjectNode> named) {
    ObjectNode fixed = pick(named, "fixed");
    if (fixed != null) {
      fixed.put("size", fixed.get("size").asInt() + 1);
    }
  }

  private void rename(List<ObjectNode> named) {
    if (named.isEmpty()) {
      return;
    }
    ObjectNode type = named.get(random.nextInt(named.size()));
    String old = type.get("name").asText();
    type.put("name", old + "V");
    if (random.nextBoolean()) {
      type.putArray("aliases").add(old);
    }
  }

  private ObjectNode pick(List<ObjectNode> named, String kind) {
    List<ObjectNode> candidates = named.stream().filter(n -> n.path("type").asText().equals(kind)).toList();
    return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
  }

  private static void collect(JsonNode node, List<ObjectNode> records, List<ObjectNode> named, List<Slot> slots) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i));
        collect(node.get(i), records, named, slots);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("type").asText("");
    if (List.of("record", "enum", "fixed").contains(type)) {
      named.add((ObjectNode) node);
    }
    if (type.equals("record")) {
      records.add((ObjectNode) node);
      for (JsonNode field : node.get("fields")) {
        slots.add(new Slot(field, "type", -1));
        collect(field.get("type"), records, named, slots);
      }
    }
    for (String key : List.of("items", "values")) {
      if (node.has(key)) {
        slots.add(new Slot(node, key, -1));
        collect(node.get(key), records, named, slots);
      }
    }
  }

  /** Every field that has a default gets one that fits its (possibly changed) type. */
  private static void refitDefaults(JsonNode node) {
    if (node.isArray()) {
      node.forEach(AvroMutations::refitDefaults);
    } else if (node.isObject()) {
      for (JsonNode field : node.path("fields")) {
        if (field.has("default")) {
          ((ObjectNode) field).set("default", AvroSchemaGenerator.defaultFor(field.get("type")));
        }
        refitDefaults(field.get("type"));
      }
      refitDefaults(node.path("items"));
      refitDefaults(node.path("values"));
    }
  }
}
