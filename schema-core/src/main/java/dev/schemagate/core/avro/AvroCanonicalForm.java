package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;

/**
 * Avro's schema as compact JSON with full names everywhere and no {@code namespace} keys, keys
 * sorted. Unlike Avro's Parsing Canonical Form it keeps defaults, docs, aliases, order and custom
 * properties, because they change what readers do: two schemas that differ in a default are
 * different schemas. Named types supplied by references are written by name only.
 */
final class AvroCanonicalForm {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroCanonicalForm() {}

  public static String of(Schema schema, Collection<String> referencedFullNames) {
    Set<String> known = new HashSet<>(referencedFullNames);
    return Json.canonical(write(schema, known));
  }

  private static JsonNode write(Schema schema, Set<String> known) {
    switch (schema.getType()) {
      case RECORD:
      case ENUM:
      case FIXED:
        if (!known.add(schema.getFullName())) {
          return NODES.textNode(schema.getFullName());
        }
        return writeNamed(schema, known);
      case ARRAY: {
        ObjectNode node = typed("array", schema);
        node.set("items", write(schema.getElementType(), known));
        return node;
      }
      case MAP: {
        ObjectNode node = typed("map", schema);
        node.set("values", write(schema.getValueType(), known));
        return node;
      }
      case UNION: {
        ArrayNode branches = NODES.arrayNode();
        for (Schema branch : schema.getTypes()) {
          branches.add(write(branch, known));
        }
        return branches;
      }
      default:
        String name = schema.getType().getName();
        return schema.getObjectProps().isEmpty() ? NODES.textNode(name) : typed(name, schema);
    }
  }

  private static ObjectNode writeNamed(Schema schema, Set<String> known) {
    boolean error = schema.getType() == Schema.Type.RECORD && schema.isError();
    ObjectNode node = typed(error ? "error" : schema.getType().getName(), schema);
    node.put("name", schema.getFullName());
    if (schema.getDoc() != null) {
      node.put("doc", schema.getDoc());
    }
    if (!schema.getAliases().isEmpty()) {
      node.set("aliases", sortedTexts(schema.getAliases()));
    }
    switch (schema.getType()) {
      case ENUM:
        ArrayNode symbols = node.putArray("symbols");
        schema.getEnumSymbols().forEach(symbols::add);
        if (schema.getEnumDefault() != null) {
          node.put("default", schema.getEnumDefault());
        }
        break;
      case FIXED:
        node.put("size", schema.getFixedSize());
        break;
      default:
        ArrayNode fields = node.putArray("fields");
        for (Schema.Field field : schema.getFields()) {
          fields.add(writeField(field, known));
        }
    }
    return node;
  }

  private static ObjectNode writeField(Schema.Field field, Set<String> known) {
    ObjectNode node = NODES.objectNode();
    node.put("name", field.name());
    node.set("type", write(field.schema(), known));
    if (field.doc() != null) {
      node.put("doc", field.doc());
    }
    if (field.hasDefaultValue()) {
      node.set("default", toJson(field.defaultVal()));
    }
    if (field.order() != Schema.Field.Order.ASCENDING) {
      node.put("order", field.order().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!field.aliases().isEmpty()) {
      node.set("aliases", sortedTexts(field.aliases()));
    }
    field.getObjectProps().forEach((key, value) -> node.set(key, toJson(value)));
    return node;
  }

  private static ObjectNode typed(String type, Schema schema) {
    ObjectNode node = NODES.objectNode();
    node.put("type", type);
    schema.getObjectProps().forEach((key, value) -> node.set(key, toJson(value)));
    return node;
  }

  private static ArrayNode sortedTexts(Collection<String> texts) {
    ArrayNode array = NODES.arrayNode();
    texts.stream().sorted().forEach(array::add);
    return array;
  }

  /** Avro hands defaults and properties back as plain Java values; this is their JSON. */
  @SuppressWarnings("unchecked")
  static JsonNode toJson(Object value) {
    if (value == null || value == JsonProperties.NULL_VALUE) {
      return NODES.nullNode();
    }
    if (value instanceof JsonNode json) {
      return json;
    }
    if (value instanceof CharSequence text) {
      return NODES.textNode(text.toString());
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Float || value instanceof Double) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return NODES.numberNode(decimal);
    }
    if (value instanceof java.math.BigInteger integer) {
      return NODES.numberNode(integer);
    }
    if (value instanceof byte[] bytes) {
      // Avro writes bytes and fixed defaults as ISO-8859-1 strings
      return NODES.textNode(new String(bytes, StandardCharsets.ISO_8859_1));
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      ((Map<String, Object>) map).forEach((key, item) -> node.set(key, toJson(item)));
      return node;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(toJson(item)));
      return array;
    }
    return NODES.textNode(value.toString());
  }

  /** For tests: the canonical form of a schema with no references. */
  static String of(Schema schema) {
    return of(schema, List.of());
  }
}
