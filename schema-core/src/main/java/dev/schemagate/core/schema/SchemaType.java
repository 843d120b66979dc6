package dev.schemagate.core.schema;

import dev.schemagate.core.internal.EnumNames;
import java.util.Optional;

/** The schema languages SchemaGate understands, named as the Confluent API names them. */
public enum SchemaType {
  AVRO,
  JSON,
  PROTOBUF;

  /** The type for a {@code schemaType} value such as {@code "AVRO"} or {@code "json"}; empty if unknown. */
  public static Optional<SchemaType> fromName(String name) {
    return EnumNames.parse(SchemaType.class, name);
  }
}
