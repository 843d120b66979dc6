package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Confluent's data-contract extras around a schema: metadata (properties, tags, sensitive fields)
 * and rule sets, merged from the configuration's defaults and overrides; reserved fields
 * ({@code confluent:reserved}, enforced with {@code validateFields}); and compatibility groups.
 */
final class DataContracts {
  static final String RESERVED = "confluent:reserved";

  private DataContracts() {}

  /**
   * The metadata a new version is stored with: the configured default, then what the request
   * says (or, when it says nothing, what the previous version had), then the configured override;
   * later layers win per property and per tag path, sensitive names add up. Null when all are empty.
   */
  static JsonNode metadata(JsonNode defaults, JsonNode requested, JsonNode previous, JsonNode overrides) {
    ObjectNode merged = Jsons.object();
    for (JsonNode layer : new JsonNode[] {defaults, StoredSchemas.isAbsent(requested) ? previous : requested, overrides}) {
      if (layer == null || !layer.isObject()) {
        continue;
      }
      mergeObject(merged, "properties", layer.path("properties"));
      mergeObject(merged, "tags", layer.path("tags"));
      mergeSet(merged, "sensitive", layer.path("sensitive"));
    }
    return merged.isEmpty() ? null : merged;
  }

  /** The rule set a new version is stored with: default rules, then the request's (or the previous version's), then overrides. */
  static JsonNode ruleSet(JsonNode defaults, JsonNode requested, JsonNode previous, JsonNode overrides) {
    ObjectNode merged = Jsons.object();
    for (JsonNode layer : new JsonNode[] {defaults, StoredSchemas.isAbsent(requested) ? previous : requested, overrides}) {
      if (layer == null || !layer.isObject()) {
        continue;
      }
      for (String kind : List.of("migrationRules", "domainRules", "encodingRules")) {
        mergeRules(merged, kind, layer.path(kind));
      }
    }
    return merged.isEmpty() ? null : merged;
  }

  private static void mergeObject(ObjectNode into, String field, JsonNode layer) {
    if (layer.isObject() && !layer.isEmpty()) {
      ObjectNode target = into.has(field) ? (ObjectNode) into.get(field) : into.putObject(field);
      layer.properties().forEach(entry -> target.set(entry.getKey(), entry.getValue()));
    }
  }

  private static void mergeSet(ObjectNode into, String field, JsonNode layer) {
    if (layer.isArray() && !layer.isEmpty()) {
      Set<String> values = new LinkedHashSet<>();
      into.path(field).forEach(v -> values.add(v.asText()));
      layer.forEach(v -> values.add(v.asText()));
      ArrayNode array = into.putArray(field);
      values.forEach(array::add);
    }
  }

  private static void mergeRules(ObjectNode into, String field, JsonNode layer) {
    if (!layer.isArray() || layer.isEmpty()) {
      return;
    }
    List<JsonNode> rules = new ArrayList<>();
    into.path(field).forEach(rules::add);
    for (JsonNode rule : layer) {
      rules.removeIf(existing -> existing.path("name").asText().equals(rule.path("name").asText()));
      rules.add(rule);
    }
    ArrayNode array = into.putArray(field);
    rules.forEach(array::add);
  }

  /**
   * With {@code validateFields}: the new schema must not use a reserved field name, and must keep
   * reserving what the previous version reserved. Answers the problems, empty when there are none.
   */
  static List<String> reservedFieldProblems(ParsedSchema schema, JsonNode metadata, JsonNode previousMetadata) {
    Set<String> reserved = reserved(metadata);
    List<String> problems = new ArrayList<>();
    for (String field : SchemaLanguages.of(schema.type()).topLevelFields(schema)) {
      if (reserved.contains(field)) {
        problems.add("The new schema has field that conflicts with the reserved field " + field
            + "; rename the field or stop reserving the name.");
      }
    }
    for (String kept : reserved(previousMetadata)) {
      if (!reserved.contains(kept)) {
        problems.add("The new schema has reserved field " + kept + " removed from its metadata; a reserved name stays"
            + " reserved, so keep it in \"" + RESERVED + "\".");
      }
    }
    return problems;
  }

  private static Set<String> reserved(JsonNode metadata) {
    Set<String> names = new LinkedHashSet<>();
    if (metadata != null) {
      String listed = metadata.path("properties").path(RESERVED).asText("");
      Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
    }
    return names;
  }

  /** The value of the compatibility group property in a version's metadata, or null. */
  static String group(JsonNode metadata, String groupProperty) {
    if (metadata == null || groupProperty == null) {
      return null;
    }
    JsonNode value = metadata.path("properties").path(groupProperty);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }
}
