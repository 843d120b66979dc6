package dev.schemagate.core.schema;

import dev.schemagate.core.language.SchemaLanguages;
import java.util.List;
import java.util.Map;

/** The entry point for turning schema text into a {@link ParsedSchema}, by schema type; each language parses its own. */
public final class SchemaParser {

  private SchemaParser() {}

  /** Parses a self-contained schema. */
  public static ParsedSchema parse(SchemaType type, String text) {
    return parse(type, text, List.of(), Map.of());
  }

  /**
   * Parses a schema that may use other registered schemas.
   *
   * @param resolvedReferences reference name to schema text, dependencies before dependents
   * @throws InvalidSchemaException with every problem found, each located
   */
  public static ParsedSchema parse(
      SchemaType type, String text, List<SchemaReference> references, Map<String, String> resolvedReferences) {
    return SchemaLanguages.of(type).parse(text, references, resolvedReferences);
  }
}
