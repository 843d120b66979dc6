package dev.schemagate.server.store;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Objects;

/**
 * One distinct schema as stored: its global id, its text and the registered schemas it uses.
 *
 * @param metadata Confluent metadata as JSON text, or null
 * @param ruleSet Confluent rule set as JSON text, or null
 */
public record StoredSchema(
    int id, SchemaType type, String text, List<SchemaReference> references, String metadata, String ruleSet) {

  public StoredSchema {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    references = List.copyOf(references);
  }
}
