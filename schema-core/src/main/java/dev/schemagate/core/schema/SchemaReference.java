package dev.schemagate.core.schema;

import java.util.Objects;

/**
 * A schema's use of another registered schema, as the Confluent API models it: {@code name} is how
 * the referring schema names it (an Avro full name, or the URL or relative path a JSON Schema
 * {@code $ref} uses), {@code subject} and {@code version} say which registered schema it is.
 */
public record SchemaReference(String name, String subject, int version) {
  public SchemaReference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subject, "subject");
  }
}
