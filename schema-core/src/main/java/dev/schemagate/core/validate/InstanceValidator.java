package dev.schemagate.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.OversizedNumbers;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.List;

/**
 * Checks instances (events, as JSON) against one schema. Reusable and thread-safe. Each language
 * validates its own (JSON Schema with the networknt validator; Avro as {@code AvroInstanceValidator}
 * describes: plain JSON or Avro's JSON encoding, logical types also as ISO-8601 text). A number
 * too long to compute with ({@code 1e999999999}) is reported as such before the language looks at it.
 */
public interface InstanceValidator {

  /** Every problem of the instance; empty when it conforms. */
  List<InstanceProblem> validate(JsonNode instance);

  default boolean accepts(JsonNode instance) {
    return validate(instance).isEmpty();
  }

  static InstanceValidator of(ParsedSchema schema) {
    InstanceValidator format = SchemaLanguages.of(schema.type()).validator(schema);
    return instance -> {
      List<String> oversized = OversizedNumbers.in(instance);
      if (oversized.isEmpty()) {
        return format.validate(instance);
      }
      return oversized.stream().map(path -> new InstanceProblem(path, OversizedNumbers.sentence(instance, path))).toList();
    };
  }
}
