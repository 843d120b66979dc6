package dev.schemagate.core.avro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceProblem;
import dev.schemagate.core.validate.InstanceValidator;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON text against Avro schema text, for the tests of this package. */
public final class AvroInstances {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AvroInstances() {}

  static InstanceValidator validator(String avroSchema) {
    return InstanceValidator.of(SchemaParser.parse(SchemaType.AVRO, avroSchema));
  }

  static List<InstanceProblem> problems(String avroSchema, String instance) {
    return validator(avroSchema).validate(json(instance));
  }

  public static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
