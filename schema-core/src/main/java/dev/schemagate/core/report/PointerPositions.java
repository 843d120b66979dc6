package dev.schemagate.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.schemagate.core.schema.Pointers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line and column a JSON Pointer names in the original text of a JSON document (an Avro
 * or JSON Schema file), by walking Jackson's tokens to it: a member is found at its name, an array
 * element at its first character. A pointer that goes further than the document (an element that was
 * deleted) is found at the deepest part that exists.
 */
public final class PointerPositions {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private PointerPositions() {}

  /** The position of {@code pointer} in {@code text}; empty when the text is not JSON up to that place. */
  public static Optional<Position> locate(String text, String pointer) {
    if (text == null || pointer == null || (!pointer.isEmpty() && !pointer.startsWith("/"))) {
      return Optional.empty();
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return Optional.empty();
      }
      JsonLocation found = parser.currentTokenLocation();
      for (String step : tokens(pointer)) {
        JsonLocation next = token == JsonToken.START_OBJECT ? member(parser, step) : token == JsonToken.START_ARRAY ? element(parser, step) : null;
        if (next == null) {
          break;
        }
        found = next;
        token = parser.currentToken();
      }
      return position(found);
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  /** Moves to the value of member {@code name} and answers where its name is; null when there is none. */
  private static JsonLocation member(JsonParser parser, String name) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonLocation at = parser.currentTokenLocation();
      boolean match = parser.currentName().equals(name);
      parser.nextToken();
      if (match) {
        return at;
      }
      parser.skipChildren();
    }
    return null;
  }

  /** Moves to element {@code index} and answers where it starts; null when there is none. */
  private static JsonLocation element(JsonParser parser, String index) throws IOException {
    if (!index.matches("0|[1-9][0-9]{0,8}")) {
      return null;
    }
    int wanted = Integer.parseInt(index);
    for (int i = 0; ; i++) {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_ARRAY) {
        return null;
      }
      if (i == wanted) {
        return parser.currentTokenLocation();
      }
      parser.skipChildren();
    }
  }

  private static Optional<Position> position(JsonLocation location) {
    if (location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Position(location.getLineNr(), location.getColumnNr()));
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(Pointers.unescape(token));
    }
    return tokens;
  }
}
