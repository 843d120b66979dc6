package dev.schemagate.core.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.internal.OversizedNumbers;
import java.util.List;

/**
 * Reads schema text as JSON, turning syntax errors into located problems. A number too long to
 * compute with (see {@link OversizedNumbers}) is a problem too, found before anything else reads it.
 */
public final class SchemaText {
  private SchemaText() {}

  public static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidSchemaException(SchemaProblem.at("", "The schema is empty; send the schema document itself."));
    }
    JsonNode document;
    try {
      document = Json.parse(text);
    } catch (StreamConstraintsException tooDeep) {
      throw new InvalidSchemaException(
          SchemaProblem.at(
              "",
              "The schema is nested more than " + Json.MAX_NESTING_DEPTH
                  + " levels deep; flatten it or use named types and references."));
    } catch (JsonProcessingException syntax) {
      JsonLocation where = syntax.getLocation();
      int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
      int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
      throw new InvalidSchemaException(
          SchemaProblem.atText(line, column, "The schema is not valid JSON: " + describe(syntax) + "."));
    }
    List<String> oversized = OversizedNumbers.in(document);
    if (!oversized.isEmpty()) {
      throw new InvalidSchemaException(oversized.stream()
          .map(pointer -> SchemaProblem.at(pointer, OversizedNumbers.sentence(document, pointer)))
          .toList());
    }
    return document;
  }

  /** Jackson's own words without its source excerpt and character codes. */
  private static String describe(JsonProcessingException syntax) {
    String message = syntax.getOriginalMessage();
    if (message == null) {
      return "it cannot be read";
    }
    message = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\('(.+?)'\\)", "'$1'").replaceAll("\\s+", " ").trim();
    int detail = message.indexOf(" at [Source");
    if (detail > 0) {
      message = message.substring(0, detail);
    }
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    return Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }
}
