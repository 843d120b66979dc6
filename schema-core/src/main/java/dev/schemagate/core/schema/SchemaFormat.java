package dev.schemagate.core.schema;

import java.util.List;
import java.util.Map;

/** One schema language: how its text becomes a {@link ParsedSchema}. A third format plugs in here. */
public interface SchemaFormat {

  SchemaType type();

  /**
   * Parses {@code text}. {@code resolvedReferences} maps each reference name to the text of the
   * referenced schema (transitively, dependencies first).
   *
   * @throws InvalidSchemaException with every problem found, each located
   */
  ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences);
}
