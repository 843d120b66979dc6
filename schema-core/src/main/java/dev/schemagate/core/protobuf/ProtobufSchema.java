package dev.schemagate.core.protobuf;

import dev.schemagate.core.schema.AbstractParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed Protocol Buffers schema: one {@code .proto} file and the files it imports. */
public final class ProtobufSchema extends AbstractParsedSchema {
  private final ProtoFile file;
  private final Map<String, ProtoFile> dependencies;
  private final ProtoTypes types;

  ProtobufSchema(
      String text, ProtoFile file, Map<String, ProtoFile> dependencies, ProtoTypes types, List<SchemaReference> references) {
    super(SchemaType.PROTOBUF, text, references, ProtoPrinter.print(file));
    this.file = file;
    this.dependencies = Map.copyOf(dependencies);
    this.types = types;
  }

  public ProtoFile file() {
    return file;
  }

  /** The imported files, by import path. */
  public Map<String, ProtoFile> dependencies() {
    return dependencies;
  }

  /** Every type the file can use, with resolution of the names it writes. */
  public ProtoTypes types() {
    return types;
  }

  /** The full name of the first message, the one Confluent serializers write by default. */
  @Override
  public Optional<String> name() {
    return file.messages().stream().findFirst().map(message -> file.qualify(message.name()));
  }

  @Override
  public String toString() {
    return "ProtobufSchema" + name().map(n -> "(" + n + ")").orElse("");
  }
}
