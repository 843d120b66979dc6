package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.AbstractParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed JSON Schema document (an object or a boolean schema). */
public final class JsonSchema extends AbstractParsedSchema {
  private final JsonNode node;
  private final JsonSchemaDialect dialect;
  private final Map<String, JsonNode> resolvedReferences;

  JsonSchema(
      String text,
      JsonNode node,
      JsonSchemaDialect dialect,
      List<SchemaReference> references,
      Map<String, JsonNode> resolvedReferences) {
    super(SchemaType.JSON, text, references, Json.canonical(node));
    this.node = node.deepCopy();
    this.dialect = dialect;
    this.resolvedReferences = Map.copyOf(resolvedReferences);
  }

  /** The schema document. A copy is returned: the parsed schema is immutable. */
  public JsonNode node() {
    return node.deepCopy();
  }

  /** The document without a copy; callers inside schema-core must not change it. */
  public JsonNode nodeUnsafe() {
    return node;
  }

  public JsonSchemaDialect dialect() {
    return dialect;
  }

  /** The referenced documents by reference name (what a {@code $ref} outside the document says). */
  public Map<String, JsonNode> resolvedReferences() {
    return resolvedReferences;
  }

  @Override
  public Optional<String> name() {
    for (String keyword : List.of("$id", "id", "title")) {
      JsonNode value = node.path(keyword);
      if (value.isTextual() && !value.asText().isBlank()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "JsonSchema(" + dialect + ") " + canonicalText();
  }
}
