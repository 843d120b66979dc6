package dev.schemagate.core.language;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.List;

/**
 * Example events of one language's schemas, the same for the same seed: as the language's own datum
 * (Avro's generic data, a JSON document for JSON Schema) and as JSON for people to read.
 */
public interface SampleGenerator {

  /**
   * One typical datum of {@code schema}.
   *
   * @throws dev.schemagate.core.SchemaGateException when the schema has no datum the generator can make
   */
  Object datum(ParsedSchema schema, long seed);

  /** Up to {@code count} data, edge values first. */
  List<Object> data(ParsedSchema schema, long seed, int count);

  /** A datum of {@code schema} as JSON for people to read, as samples and witnesses are shown. */
  JsonNode toJson(ParsedSchema schema, Object datum);

  /**
   * A datum of {@code schema} as a producer's plain JSON: the form in which the language's
   * {@link dev.schemagate.core.validate.InstanceValidator} checks events.
   */
  JsonNode toEventJson(ParsedSchema schema, Object datum);
}
