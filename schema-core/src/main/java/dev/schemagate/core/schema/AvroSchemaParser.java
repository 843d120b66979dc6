package dev.schemagate.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.AvroErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * Parses Avro schemas with Avro's own parser. Referenced schemas are parsed first into the same
 * parser, so the main schema may use their named types; {@code resolvedReferences} must list them
 * with dependencies before dependents, as the Confluent API orders them.
 */
final class AvroSchemaParser implements SchemaFormat {

  @Override
  public SchemaType type() {
    return SchemaType.AVRO;
  }

  @Override
  public ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences) {
    JsonNode document = SchemaText.parse(text);
    Schema.Parser parser = new Schema.Parser();
    for (Map.Entry<String, String> referenced : resolvedReferences.entrySet()) {
      JsonNode referencedDocument = SchemaText.parse(referenced.getValue());
      try {
        parser.parse(referenced.getValue());
      } catch (AvroRuntimeException e) {
        throw new InvalidSchemaException(
            SchemaProblem.at(
                "",
                "The referenced schema \"" + referenced.getKey() + "\" is not valid Avro: "
                    + AvroErrors.describe(e, referencedDocument).message()));
      }
    }
    List<String> referencedTypeNames = new ArrayList<>(parser.getTypes().keySet());
    Schema schema;
    try {
      schema = parser.parse(text);
    } catch (AvroRuntimeException e) {
      throw new InvalidSchemaException(AvroErrors.describe(e, document));
    }
    return new AvroSchema(text, schema, references, resolvedReferences, referencedTypeNames);
  }
}
