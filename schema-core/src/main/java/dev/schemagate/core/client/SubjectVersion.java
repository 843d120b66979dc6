package dev.schemagate.core.client;

import java.util.Objects;

/** One version of a subject and the schema registered as it. */
public record SubjectVersion(String subject, int version, RegisteredSchema schema) {
  public SubjectVersion {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
  }

  /** The schema's global id. */
  public int id() {
    return schema.id();
  }
}
