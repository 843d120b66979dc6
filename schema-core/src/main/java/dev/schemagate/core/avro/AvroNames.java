package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Pattern;

/** Avro's naming rules over a schema document: primitive names, named types, namespaces. */
final class AvroNames {
  public static final Set<String> PRIMITIVES = Set.of("null", "boolean", "int", "long", "float", "double", "bytes", "string");
  public static final Set<String> NAMED = Set.of("record", "error", "enum", "fixed");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private AvroNames() {}

  /** A simple name: a letter or "_", then letters, digits and "_". */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /** A dotted name whose every part is a valid simple name. */
  public static boolean isValidFullName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (!isValidName(part)) {
        return false;
      }
    }
    return true;
  }

  /** The full name of {@code name} used inside {@code namespace}. */
  public static String fullName(String name, String namespace) {
    return name.contains(".") || namespace.isEmpty() ? name : namespace + "." + name;
  }

  /** The namespace names inside {@code node} resolve against: its own when it is a named type. */
  public static String namespaceInside(JsonNode node, String enclosing) {
    if (!node.isObject() || !NAMED.contains(node.path("type").asText(""))) {
      return enclosing;
    }
    String name = node.path("name").asText("");
    if (name.contains(".")) {
      return name.substring(0, name.lastIndexOf('.'));
    }
    JsonNode namespace = node.get("namespace");
    return namespace != null && namespace.isTextual() ? namespace.asText() : enclosing;
  }
}
