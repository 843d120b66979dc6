package dev.schemagate.core.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas the benchmarks check: an OrderPlaced event (a nested record or object, an enum, an
 * array, a map, a nullable field) in Avro and in JSON Schema, as a history of versions that differ
 * only in the default of a {@code revision} field (so every version is a distinct schema of the same
 * size), a compatible candidate, and a breaking one that drops the currency "USD".
 */
public final class BenchmarkSchemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BenchmarkSchemas() {}

  /** Versions 1..count, oldest first. */
  public static List<VersionedSchema> history(SchemaType type, int count) {
    List<VersionedSchema> history = new ArrayList<>(count);
    for (int version = 1; version <= count; version++) {
      history.add(new VersionedSchema(version, schema(type, version, true)));
    }
    return history;
  }

  /** The next version: compatible with every earlier one, or breaking all of them. */
  public static ParsedSchema candidate(SchemaType type, int count, boolean compatible) {
    return schema(type, count + 1, compatible);
  }

  static ParsedSchema schema(SchemaType type, int revision, boolean withUsd) {
    ObjectNode document = type == SchemaType.AVRO ? avro(revision, withUsd) : json(revision, withUsd);
    return SchemaParser.parse(type, document.toString());
  }

  private static ObjectNode avro(int revision, boolean withUsd) {
    ObjectNode item = record("Item", field("sku", NODES.textNode("string")), field("quantity", NODES.textNode("int")),
        field("price", NODES.objectNode().put("type", "bytes").put("logicalType", "decimal").put("precision", 12)
            .put("scale", 2)));
    ObjectNode currency = NODES.objectNode().put("type", "enum").put("name", "Currency");
    ArrayNode symbols = currency.putArray("symbols").add("EUR");
    if (withUsd) {
      symbols.add("USD");
    }
    ObjectNode order = record("OrderPlaced",
        field("orderId", NODES.textNode("string")),
        field("placedAt", NODES.objectNode().put("type", "long").put("logicalType", "timestamp-millis")),
        field("currency", currency),
        field("items", NODES.objectNode().put("type", "array").set("items", item)),
        field("attributes", NODES.objectNode().put("type", "map").put("values", "string")),
        field("note", NODES.arrayNode().add("null").add("string")).set("default", NODES.nullNode()),
        field("revision", NODES.textNode("int")).put("default", revision));
    order.put("namespace", "com.example.orders");
    return order;
  }

  private static ObjectNode record(String name, ObjectNode... fields) {
    ObjectNode record = NODES.objectNode().put("type", "record").put("name", name);
    ArrayNode list = record.putArray("fields");
    for (ObjectNode field : fields) {
      list.add(field);
    }
    return record;
  }

  private static ObjectNode field(String name, com.fasterxml.jackson.databind.JsonNode type) {
    ObjectNode field = NODES.objectNode().put("name", name);
    field.set("type", type);
    return field;
  }

  private static ObjectNode json(int revision, boolean withUsd) {
    ObjectNode item = object(false);
    ObjectNode itemProperties = (ObjectNode) item.get("properties");
    itemProperties.set("sku", NODES.objectNode().put("type", "string"));
    itemProperties.set("quantity", NODES.objectNode().put("type", "integer").put("minimum", 1));
    itemProperties.set("price", NODES.objectNode().put("type", "number").put("minimum", 0));
    item.putArray("required").add("sku").add("quantity");

    ObjectNode order = object(true);
    order.put("$schema", "http://json-schema.org/draft-07/schema#");
    ObjectNode properties = (ObjectNode) order.get("properties");
    properties.set("orderId", NODES.objectNode().put("type", "string"));
    properties.set("placedAt", NODES.objectNode().put("type", "string").put("format", "date-time"));
    ObjectNode currency = NODES.objectNode().put("type", "string");
    ArrayNode symbols = currency.putArray("enum").add("EUR");
    if (withUsd) {
      symbols.add("USD");
    }
    properties.set("currency", currency);
    properties.set("items", NODES.objectNode().put("type", "array").set("items", item));
    properties.set("attributes", NODES.objectNode().put("type", "object")
        .set("additionalProperties", NODES.objectNode().put("type", "string")));
    properties.set("note", NODES.objectNode().set("type", NODES.arrayNode().add("string").add("null")));
    properties.set("revision", NODES.objectNode().put("type", "integer").put("default", revision));
    order.putArray("required").add("orderId").add("placedAt").add("currency");
    return order;
  }

  private static ObjectNode object(boolean closed) {
    ObjectNode object = NODES.objectNode().put("type", "object");
    object.putObject("properties");
    if (closed) {
      object.put("additionalProperties", false);
    }
    return object;
  }
}
