package dev.schemagate.core.compat.avro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.schemagate.core.internal.AvroNames;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.internal.Pointers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Avro schema as the JSON document its author wrote, for turning a place in Avro's object model
 * into an RFC 6901 pointer that exists in that document. A named type used by name is looked up
 * where the document defines it; a step the document does not have ends the pointer at the deepest
 * node that exists.
 */
final class AvroDocument {

  private final JsonNode root;
  private final Map<String, Definition> definitions = new HashMap<>();

  private record Definition(String pointer, JsonNode node, String namespace) {}

  private AvroDocument(JsonNode root) {
    this.root = root;
    index(root, "", "");
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
        Definition definition = lookup(node.asText(), namespace);
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

  private Definition lookup(String name, String namespace) {
    Definition inNamespace = definitions.get(AvroNames.fullName(name, namespace));
    return inNamespace != null ? inNamespace : definitions.get(name);
  }

  private void index(JsonNode node, String pointer, String namespace) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        index(node.get(i), Pointers.append(pointer, i), namespace);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("type").asText("");
    String inner = AvroNames.namespaceInside(node, namespace);
    if (AvroNames.NAMED.contains(type) && node.path("name").isTextual()) {
      String name = node.path("name").asText();
      String fullName = AvroNames.fullName(name, inner);
      definitions.putIfAbsent(fullName, new Definition(pointer, node, inner));
    }
    JsonNode fields = node.path("fields");
    for (int i = 0; i < fields.size(); i++) {
      index(fields.get(i).path("type"), pointer + "/fields/" + i + "/type", inner);
    }
    for (String child : List.of("items", "values", "type")) {
      if (node.path(child).isContainerNode()) {
        index(node.path(child), Pointers.append(pointer, child), inner);
      }
    }
  }
}
