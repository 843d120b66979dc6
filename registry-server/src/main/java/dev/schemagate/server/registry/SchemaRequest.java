package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Objects;

/**
 * A schema as a client sends it to register, look up or check.
 *
 * @param id the id to register under (IMPORT mode), or null
 * @param version the version to register as (IMPORT mode), or null
 * @param metadata Confluent metadata, or null
 * @param ruleSet Confluent rule set, or null
 */
public record SchemaRequest(
    String schema,
    SchemaType type,
    List<SchemaReference> references,
    Integer id,
    Integer version,
    JsonNode metadata,
    JsonNode ruleSet) {

  public SchemaRequest {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(type, "type");
    references = List.copyOf(references);
  }

  public static SchemaRequest of(SchemaType type, String schema) {
    return new SchemaRequest(schema, type, List.of(), null, null, null, null);
  }
}
