package dev.schemagate.core.avro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.Pointers;
import java.util.List;

/**
 * An Avro schema as the JSON document its author wrote, for turning a place in Avro's object model
 * into an RFC 6901 pointer that exists in that document. A named type used by name is looked up
 * where the document defines it; a step the document does not have ends the pointer at the deepest
 * node that exists.
 */
final class AvroDocument {

  private final JsonNode root;
  private final AvroDefinitions definitions;

  private AvroDocument(JsonNode root) {
    this.root = root;
    this.definitions = AvroDefinitions.of(root);
  }

  static AvroDocument of(String text) {
    try {
      return new AvroDocument(Json.parse(text));
    } catch (JsonProcessingException unreadable) {
      return new AvroDocument(MissingNode.getInstance());
    }
  }

  /** The pointer of the deepest node of the document that Avro's {@code tokens} reach. */
  String pointer(List<String> tokens) {
    JsonNode node = root;
    String pointer = "";
    String namespace = "";
    for (String token : tokens) {
      if (node.isTextual() && !AvroNames.PRIMITIVES.contains(node.asText())) {
        AvroDefinitions.Definition definition = definitions.resolve(node.asText(), namespace);
        if (definition == null) {
          break;
        }
        node = definition.node();
        pointer = definition.pointer();
      }
      namespace = AvroNames.namespaceInside(node, namespace);
      JsonNode child = node.isArray() && AvroLocator.isIndex(token) ? node.path(Integer.parseInt(token)) : node.path(token);
      if (child.isMissingNode()) {
        break;
      }
      node = child;
      pointer = Pointers.append(pointer, token);
    }
    return pointer;
  }
}
