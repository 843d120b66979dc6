package dev.schemagate.server.registry;

import dev.schemagate.server.store.StoredSchema;

/** A subject version together with its schema: what version reads, lookups and registrations answer. */
public record SchemaVersion(String subject, int version, StoredSchema schema, boolean deleted) {

  public int id() {
    return schema.id();
  }
}
