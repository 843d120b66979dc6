package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How {@link JsonSite} reads the keywords that take more than a line: values, bounds, properties, dependencies. */
final class JsonSiteKeywords {
  private JsonSiteKeywords() {}

  static List<JsonNode> values(JsonSite site) {
    JsonNode constant = site.keyword("const");
    JsonNode enumeration = site.keyword("enum");
    if (constant == null && enumeration == null) {
      return null;
    }
    List<JsonNode> values = new ArrayList<>();
    if (enumeration != null) {
      enumeration.forEach(values::add);
    }
    if (constant != null) {
      values = enumeration == null ? List.of(constant) : JsonValues.retain(values, List.of(constant));
    }
    return List.copyOf(values);
  }

  static JsonBound countBound(JsonSite site, String keyword) {
    JsonNode value = site.keyword(keyword);
    return value == null || !value.isNumber() ? null : new JsonBound(value.decimalValue(), false, keyword, site);
  }

  static JsonBound numberBound(JsonSite site, boolean lower) {
    String inclusive = lower ? "minimum" : "maximum";
    String exclusive = lower ? "exclusiveMinimum" : "exclusiveMaximum";
    JsonNode plain = site.keyword(inclusive);
    JsonNode strict = site.keyword(exclusive);
    JsonBound bound = null;
    if (plain != null && plain.isNumber()) {
      boolean draft4Exclusive = strict != null && strict.isBoolean() && strict.asBoolean();
      bound = new JsonBound(plain.decimalValue(), draft4Exclusive, draft4Exclusive ? exclusive : inclusive, site);
    }
    if (strict != null && strict.isNumber()) {
      JsonBound other = new JsonBound(strict.decimalValue(), true, exclusive, site);
      bound = lower ? JsonBound.tighterLower(bound, other) : JsonBound.tighterUpper(bound, other);
    }
    return bound;
  }

  static List<JsonSite> propertySites(JsonSite site, String name) {
    List<JsonSite> sites = new ArrayList<>();
    JsonSite declared = site.child("properties", name);
    if (declared != null) {
      sites.add(declared);
    }
    site.patternSites().forEach((pattern, matching) -> {
      if (JsonPatterns.find(pattern, name)) {
        sites.add(matching);
      }
    });
    if (sites.isEmpty()) {
      JsonSite additional = site.child("additionalProperties");
      if (additional != null) {
        sites.add(additional);
      }
    }
    return sites;
  }

  static Map<String, Set<String>> dependentRequired(JsonSite site) {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    for (String keyword : List.of("dependencies", "dependentRequired")) {
      JsonNode value = site.keyword(keyword);
      if (value != null && value.isObject()) {
        value.properties().forEach(entry -> {
          if (entry.getValue().isArray()) {
            Set<String> names = result.computeIfAbsent(entry.getKey(), key -> new LinkedHashSet<>());
            entry.getValue().forEach(name -> names.add(name.asText()));
          }
        });
      }
    }
    return result;
  }

  static Map<String, JsonSite> dependentSchemas(JsonSite site) {
    Map<String, JsonSite> result = new LinkedHashMap<>();
    for (String keyword : List.of("dependencies", "dependentSchemas")) {
      JsonNode value = site.keyword(keyword);
      if (value != null && value.isObject()) {
        value.properties().forEach(entry -> {
          if (!entry.getValue().isArray()) {
            result.putIfAbsent(entry.getKey(), site.child(keyword, entry.getKey()));
          }
        });
      }
    }
    return result;
  }
}
