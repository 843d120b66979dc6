package dev.schemagate.core.catalog;

import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.List;
import java.util.Optional;

/**
 * A schema file after parsing: the parsed schema, or every problem found in it.
 *
 * @param references the files this one uses directly, in the order it names them
 */
public record LocalSchema(SchemaFile file, ParsedSchema schema, List<SchemaProblem> problems, List<LocalReference> references) {
  public LocalSchema {
    problems = List.copyOf(problems);
    references = List.copyOf(references);
  }

  public boolean isValid() {
    return schema != null;
  }

  public Optional<ParsedSchema> schemaIfValid() {
    return Optional.ofNullable(schema);
  }
}
