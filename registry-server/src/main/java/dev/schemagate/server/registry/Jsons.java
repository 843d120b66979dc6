package dev.schemagate.server.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON for what the registry stores next to schemas: configuration bodies, metadata, rule sets. */
final class Jsons {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectMapper SORTED =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  private Jsons() {}

  static String write(JsonNode node) {
    return node == null ? null : node.toString();
  }

  static JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON could not be read back", e);
    }
  }

  static ObjectNode readObject(String text) {
    JsonNode node = read(text);
    return node instanceof ObjectNode object ? object : MAPPER.createObjectNode();
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Keys sorted at every level, so equal documents give equal text. */
  static String canonical(JsonNode node) {
    if (node == null) {
      return "";
    }
    try {
      Object plain = SORTED.treeToValue(node, Object.class);
      return SORTED.writeValueAsString(plain);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
