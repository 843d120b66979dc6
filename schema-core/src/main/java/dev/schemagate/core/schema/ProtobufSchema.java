package dev.schemagate.core.schema;

import dev.schemagate.core.internal.Fingerprints;
import dev.schemagate.core.schema.protobuf.ProtoFile;
import dev.schemagate.core.schema.protobuf.ProtoPrinter;
import dev.schemagate.core.schema.protobuf.ProtoTypes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed Protocol Buffers schema: one {@code .proto} file and the files it imports. */
public final class ProtobufSchema implements ParsedSchema {
  private final String text;
  private final ProtoFile file;
  private final Map<String, ProtoFile> dependencies;
  private final ProtoTypes types;
  private final List<SchemaReference> references;
  private final String canonicalText;
  private final String fingerprint;

  ProtobufSchema(
      String text, ProtoFile file, Map<String, ProtoFile> dependencies, ProtoTypes types, List<SchemaReference> references) {
    this.text = text;
    this.file = file;
    this.dependencies = Map.copyOf(dependencies);
    this.types = types;
    this.references = List.copyOf(references);
    this.canonicalText = ProtoPrinter.print(file);
    this.fingerprint = Fingerprints.of(SchemaType.PROTOBUF, canonicalText, this.references);
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

  @Override
  public SchemaType type() {
    return SchemaType.PROTOBUF;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String canonicalText() {
    return canonicalText;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public List<SchemaReference> references() {
    return references;
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
