package dev.schemagate.core.protobuf;

import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Protocol Buffers schemas. Referenced schemas are the files the schema imports, keyed by the
 * import path the schema writes ({@code import "common.proto";} needs a reference named
 * {@code common.proto}); the well-known {@code google/protobuf/*.proto} files need none.
 */
final class ProtobufSchemaParser {

  ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences) {
    if (text == null || text.isBlank()) {
      throw new InvalidSchemaException(SchemaProblem.at("", "The schema is empty; send the .proto file itself."));
    }
    ProtoFile file = ProtoReader.read(text);
    Map<String, ProtoFile> dependencies = new LinkedHashMap<>();
    for (Map.Entry<String, String> referenced : resolvedReferences.entrySet()) {
      try {
        dependencies.put(referenced.getKey(), ProtoReader.read(referenced.getValue()));
      } catch (InvalidSchemaException e) {
        throw new InvalidSchemaException(SchemaProblem.at("", "The referenced schema \"" + referenced.getKey()
            + "\" is not a valid Protocol Buffers file: " + e.getMessage()));
      }
    }
    ProtoTypes types = ProtoTypes.of(file, dependencies);
    List<SchemaProblem> problems = ProtoValidator.check(file, dependencies, types);
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(problems);
    }
    return new ProtobufSchema(text, file, dependencies, types, references);
  }
}
