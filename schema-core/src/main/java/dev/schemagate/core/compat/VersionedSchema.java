package dev.schemagate.core.compat;

import dev.schemagate.core.schema.ParsedSchema;
import java.util.Objects;

/** One earlier version of a subject. */
public record VersionedSchema(int version, ParsedSchema schema) {
  public VersionedSchema {
    Objects.requireNonNull(schema, "schema");
  }
}
