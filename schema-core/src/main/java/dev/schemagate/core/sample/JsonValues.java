package dev.schemagate.core.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Equality of JSON values as JSON Schema sees it: 1 and 1.0 are the same number, key order is irrelevant. */
public final class JsonValues {
  private JsonValues() {}

  public static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode other = b.get(field.getKey());
        if (other == null || !same(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.getNodeType() == b.getNodeType() && a.equals(b);
  }

  public static boolean contains(List<JsonNode> values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (same(candidate, value)) {
        return true;
      }
    }
    return false;
  }

  /** The values that are also in {@code allowed}, in their order. */
  public static List<JsonNode> retain(List<JsonNode> values, List<JsonNode> allowed) {
    List<JsonNode> kept = new ArrayList<>();
    for (JsonNode value : values) {
      if (contains(allowed, value) && !contains(kept, value)) {
        kept.add(value);
      }
    }
    return kept;
  }

  /** The values that are not in {@code other}, in their order. */
  public static List<JsonNode> missingFrom(List<JsonNode> values, List<JsonNode> other) {
    List<JsonNode> missing = new ArrayList<>();
    for (JsonNode value : values) {
      if (!contains(other, value) && !contains(missing, value)) {
        missing.add(value);
      }
    }
    return missing;
  }
}
