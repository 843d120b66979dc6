package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Avro's parse errors into located sentences. Avro reports no location, so the document is
 * searched for the name or value the message quotes.
 */
final class AvroErrors {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern AFTER_COLON = Pattern.compile(":\\s*([A-Za-z0-9_.$\\-]+)\\s*$");

  private AvroErrors() {}

  /** Avro's rejection as a located problem: the place its message names, its reason, and what to do. */
  public static SchemaProblem describe(RuntimeException error, JsonNode document) {
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    int excerpt = excerptStart(message);
    if (excerpt >= 0) {
      // Avro quotes the offending JSON: find that node, and say the reason without the excerpt
      String pointer = findEqual(document, message.substring(excerpt), "");
      if (pointer != null) {
        return problem(pointer, message.substring(0, excerpt).replaceAll("[:\\s]+$", ""));
      }
    }
    return problem(locate(message, document), message);
  }

  private static SchemaProblem problem(String pointer, String message) {
    return SchemaProblem.at(pointer, "Avro rejects this part of the schema (" + reason(message)
        + "); correct it as the Avro specification describes.");
  }

  private static int excerptStart(String message) {
    int object = message.indexOf(": {");
    int array = message.indexOf(": [");
    int start = object < 0 ? array : array < 0 ? object : Math.min(object, array);
    return start < 0 ? -1 : start + 2;
  }

  /** The pointer of the first node equal to the JSON text, or null when the text is no JSON or not there. */
  private static String findEqual(JsonNode document, String json, String pointer) {
    JsonNode wanted;
    try {
      wanted = Json.parse(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
      return null;
    }
    return findNode(document, wanted, pointer);
  }

  private static String findNode(JsonNode node, JsonNode wanted, String pointer) {
    if (node.equals(wanted)) {
      return pointer;
    }
    if (node.isContainerNode()) {
      Iterator<Map.Entry<String, JsonNode>> children = node.isObject() ? node.properties().iterator() : null;
      for (int i = 0; node.isArray() && i < node.size(); i++) {
        String found = findNode(node.get(i), wanted, Pointers.append(pointer, i));
        if (found != null) {
          return found;
        }
      }
      while (children != null && children.hasNext()) {
        Map.Entry<String, JsonNode> child = children.next();
        String found = findNode(child.getValue(), wanted, Pointers.append(pointer, child.getKey()));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String reason(String message) {
    String text = message.replaceAll("\\s+", " ").trim();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  private static String locate(String message, JsonNode document) {
    Matcher quoted = QUOTED.matcher(message);
    while (quoted.find()) {
      String found = find(document, quoted.group(1), "");
      if (found != null) {
        return found;
      }
    }
    Matcher tail = AFTER_COLON.matcher(message);
    if (tail.find()) {
      String found = find(document, tail.group(1), "");
      if (found != null) {
        return found;
      }
    }
    return "";
  }

  /** The pointer of the first object whose name is {@code token}, or of a string value equal to it. */
  private static String find(JsonNode node, String token, String pointer) {
    if (node.isTextual() && node.asText().equals(token)) {
      return pointer;
    }
    if (node.isObject()) {
      if (token.equals(node.path("name").asText(null))) {
        return pointer;
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String found = find(field.getValue(), token, Pointers.append(pointer, field.getKey()));
        if (found != null) {
          return found.equals(Pointers.append(pointer, "name")) ? pointer : found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = find(node.get(i), token, Pointers.append(pointer, i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
