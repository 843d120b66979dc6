package dev.schemagate.core.client;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Objects;

/**
 * A schema as the registry stores it: its global id, its language, its text exactly as registered,
 * and the registered schemas it uses.
 */
public record RegisteredSchema(int id, SchemaType type, String text, List<SchemaReference> references) {
  public RegisteredSchema {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    references = List.copyOf(references);
  }
}
