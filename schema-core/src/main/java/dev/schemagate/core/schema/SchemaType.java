package dev.schemagate.core.schema;

import java.util.Locale;
import java.util.Optional;

/** The schema languages SchemaGate understands, named as the Confluent API names them. */
public enum SchemaType {
  AVRO,
  JSON,
  PROTOBUF;

  /** The type for a {@code schemaType} value such as {@code "AVRO"} or {@code "json"}; empty if unknown. */
  public static Optional<SchemaType> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
