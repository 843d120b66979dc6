package dev.schemagate.server.store;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Objects;

/**
 * A schema about to be stored. {@code contentKey} identifies its content: two schemas with the same
 * key are the same schema and share one id.
 */
public record NewSchema(
    String contentKey,
    SchemaType type,
    String text,
    List<SchemaReference> references,
    String metadata,
    String ruleSet) {

  public NewSchema {
    Objects.requireNonNull(contentKey, "contentKey");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    references = List.copyOf(references);
  }
}
