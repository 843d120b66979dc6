package dev.schemagate.core.protobuf;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.language.LanguageBasics;
import dev.schemagate.core.language.ReferenceFinder;
import dev.schemagate.core.language.SampleGenerator;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.List;
import java.util.Optional;

/**
 * Protocol Buffers ({@code .proto}, proto2 and proto3): parsed, fingerprinted and compared. Events are
 * not validated or generated yet, and schema folders do not read {@code .proto} files yet.
 */
public final class ProtobufLanguage extends LanguageBasics {
  public static final ProtobufLanguage INSTANCE = new ProtobufLanguage();

  private ProtobufLanguage() {
    super(SchemaType.PROTOBUF, List.of(".proto"), new ProtobufSchemaParser()::parse, new ProtobufChecker());
  }

  @Override
  public InstanceValidator validator(ParsedSchema schema) {
    throw new SchemaGateException(
        "Validating events against Protocol Buffers schemas is not supported yet; use an Avro or JSON Schema.");
  }

  @Override
  public Optional<SampleGenerator> samples() {
    return Optional.empty();
  }

  @Override
  public Optional<ReferenceFinder<?>> references() {
    return Optional.empty();
  }

  /** The fields of the file's first message, which Confluent's serializers write by default. */
  @Override
  public List<String> topLevelFields(ParsedSchema schema) {
    ProtoFile file = ((ProtobufSchema) schema).file();
    return file.messages().isEmpty() ? List.of() : file.messages().get(0).allFields().stream().map(field -> field.name()).toList();
  }

  @Override
  public boolean writtenInJson() {
    return false;
  }

  @Override
  public String example() {
    return "syntax = \"proto3\"; message W { string a = 1; }";
  }
}
