package dev.schemagate.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.avro.AvroInstanceValidator;
import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.internal.OversizedNumbers;
import dev.schemagate.core.json.JsonInstanceValidator;
import dev.schemagate.core.json.JsonSchema;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.List;

/**
 * Checks instances (events, as JSON) against one schema. Reusable and thread-safe. JSON Schema
 * instances are validated by the networknt validator; Avro instances as {@code AvroInstanceValidator}
 * describes (plain JSON or Avro's JSON encoding, logical types also as ISO-8601 text). A number
 * too long to compute with ({@code 1e999999999}) is reported as such before either looks at it.
 */
public interface InstanceValidator {

  /** Every problem of the instance; empty when it conforms. */
  List<InstanceProblem> validate(JsonNode instance);

  default boolean accepts(JsonNode instance) {
    return validate(instance).isEmpty();
  }

  static InstanceValidator of(ParsedSchema schema) {
    InstanceValidator format = switch (schema.type()) {
      case JSON -> new JsonInstanceValidator((JsonSchema) schema);
      case AVRO -> new AvroInstanceValidator((AvroSchema) schema);
      case PROTOBUF -> throw new SchemaGateException(
          "Validating events against Protocol Buffers schemas is not supported yet; use an Avro or JSON Schema.");
    };
    return instance -> {
      List<String> oversized = OversizedNumbers.in(instance);
      if (oversized.isEmpty()) {
        return format.validate(instance);
      }
      return oversized.stream().map(path -> new InstanceProblem(path, OversizedNumbers.sentence(instance, path))).toList();
    };
  }
}
