package dev.schemagate.core.avro;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Parses Avro schemas with Avro's own parser, after {@link AvroSchemaLint} has looked for the common
 * mistakes so that all of them are reported at once, each located and explained (Avro stops at the
 * first and names no place). What Avro still rejects is reported with the place its message names.
 * The lint is stricter than Avro in a few documented places (defaults that break readers later,
 * logical types on the wrong base type); see {@code AvroValueRules}.
 *
 * <p>Referenced schemas are parsed first into the same
 * parser, so the main schema may use their named types; {@code resolvedReferences} must list them
 * with dependencies before dependents, as the Confluent API orders them.
 */
final class AvroSchemaParser {

  ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences) {
    JsonNode document = SchemaText.parse(text);
    Schema.Parser parser = new Schema.Parser();
    for (Map.Entry<String, String> referenced : resolvedReferences.entrySet()) {
      parseReference(parser, referenced.getKey(), referenced.getValue());
    }
    List<String> referencedTypeNames = new ArrayList<>(parser.getTypes().keySet());
    List<SchemaProblem> problems = AvroSchemaLint.problems(document, referencedTypeNames);
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(problems);
    }
    Schema schema;
    try {
      schema = parser.parse(text);
    } catch (RuntimeException e) {
      throw new InvalidSchemaException(AvroErrors.describe(e, document));
    }
    return new AvroSchema(text, schema, references, resolvedReferences, referencedTypeNames);
  }

  /** Adds a referenced schema's types to the parser; its problems are reported as the reference's. */
  private static void parseReference(Schema.Parser parser, String name, String text) {
    JsonNode document;
    try {
      document = SchemaText.parse(text);
    } catch (InvalidSchemaException e) {
      throw inReference(name, e.problems());
    }
    List<SchemaProblem> problems = AvroSchemaLint.problems(document, parser.getTypes().keySet());
    if (!problems.isEmpty()) {
      throw inReference(name, problems);
    }
    try {
      parser.parse(text);
    } catch (RuntimeException e) {
      throw inReference(name, List.of(AvroErrors.describe(e, document)));
    }
  }

  private static InvalidSchemaException inReference(String name, List<SchemaProblem> problems) {
    return new InvalidSchemaException(problems.stream()
        .map(p -> SchemaProblem.at("", "The referenced schema \"" + name + "\" is not valid Avro; at " + p.location()
            + " of it: " + p.message()))
        .toList());
  }
}
