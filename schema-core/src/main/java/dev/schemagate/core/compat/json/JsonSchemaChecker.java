package dev.schemagate.core.compat.json;

import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/**
 * JSON Schema compatibility with the set meaning: the reader must accept every instance the writer
 * accepts. NOT FINISHED: the structural rules are being written; until then this finds nothing.
 */
public final class JsonSchemaChecker implements FormatChecker {

  @Override
  public SchemaType type() {
    return SchemaType.JSON;
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    return List.of();
  }
}
