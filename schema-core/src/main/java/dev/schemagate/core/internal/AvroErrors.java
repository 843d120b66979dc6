package dev.schemagate.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.AvroRuntimeException;

/**
 * Turns Avro's parse errors into located sentences. Avro reports no location, so the document is
 * searched for the name or value the message quotes.
 */
public final class AvroErrors {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final Pattern AFTER_COLON = Pattern.compile(":\\s*([A-Za-z0-9_.$\\-]+)\\s*$");

  private AvroErrors() {}

  public static SchemaProblem describe(AvroRuntimeException error, JsonNode document) {
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    String pointer = locate(message, document);
    return SchemaProblem.at(pointer, "Avro cannot use this schema: " + sentence(message));
  }

  private static String sentence(String message) {
    String text = message.replaceAll("\\s+", " ").trim();
    return text.endsWith(".") ? text : text + ".";
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
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
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
