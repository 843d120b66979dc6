package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Equality of JSON values as JSON Schema sees it: 1 and 1.0 are the same number, key order is irrelevant. */
final class JsonValues {
  private JsonValues() {}

  public static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : a.properties()) {
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

  /** A hash that agrees with {@link #same}: 1 and 1.0 hash alike, key order does not count. */
  public static int hash(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue().stripTrailingZeros().hashCode();
    }
    int hash = value.getNodeType().hashCode();
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        hash += field.getKey().hashCode() ^ hash(field.getValue());
      }
      return hash;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        hash = hash * 31 + hash(item);
      }
      return hash;
    }
    return value.hashCode();
  }

  public static boolean contains(List<JsonNode> values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (same(candidate, value)) {
        return true;
      }
    }
    return false;
  }

  /** The values that are also in {@code allowed}, in their order, each once. */
  public static List<JsonNode> retain(List<JsonNode> values, List<JsonNode> allowed) {
    Index allowedIndex = index(allowed);
    Index kept = new Index();
    List<JsonNode> result = new ArrayList<>();
    for (JsonNode value : values) {
      if (allowedIndex.contains(value) && kept.add(value)) {
        result.add(value);
      }
    }
    return result;
  }

  /** The values that are not in {@code other}, in their order, each once. */
  public static List<JsonNode> missingFrom(List<JsonNode> values, List<JsonNode> other) {
    Index otherIndex = index(other);
    Index seen = new Index();
    List<JsonNode> missing = new ArrayList<>();
    for (JsonNode value : values) {
      if (!otherIndex.contains(value) && seen.add(value)) {
        missing.add(value);
      }
    }
    return missing;
  }

  /** A lookup of a list of values, for lists too long to scan for each value. */
  public static Index index(List<JsonNode> values) {
    Index index = new Index();
    values.forEach(index::add);
    return index;
  }

  /** Values by {@link #hash}, compared with {@link #same}. */
  public static final class Index {
    private final Map<Integer, List<JsonNode>> buckets = new java.util.HashMap<>();

    public boolean contains(JsonNode value) {
      for (JsonNode known : buckets.getOrDefault(hash(value), List.of())) {
        if (same(known, value)) {
          return true;
        }
      }
      return false;
    }

    boolean add(JsonNode value) {
      if (contains(value)) {
        return false;
      }
      buckets.computeIfAbsent(hash(value), h -> new ArrayList<>()).add(value);
      return true;
    }
  }
}
