package dev.schemagate.core.schema;

import dev.schemagate.core.avro.AvroSchemaParser;
import dev.schemagate.core.json.JsonSchemaParser;
import dev.schemagate.core.protobuf.ProtobufSchemaParser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The entry point for turning schema text into a {@link ParsedSchema}, by schema type. */
public final class SchemaParser {
  private static final Map<SchemaType, SchemaFormat> FORMATS = new EnumMap<>(SchemaType.class);

  static {
    register(new AvroSchemaParser());
    register(new JsonSchemaParser());
    register(new ProtobufSchemaParser());
  }

  private SchemaParser() {}

  private static void register(SchemaFormat format) {
    FORMATS.put(format.type(), format);
  }

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
    return FORMATS.get(type).parse(text, references, resolvedReferences);
  }
}
