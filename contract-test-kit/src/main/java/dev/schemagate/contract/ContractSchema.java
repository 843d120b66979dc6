package dev.schemagate.contract;

import dev.schemagate.core.schema.ParsedSchema;
import java.util.Objects;

/**
 * One version of a subject's contract, as the schema source holds it.
 *
 * @param origin where it was read, e.g. {@code src/main/schemas/OrderPlaced.avsc} or a registry URL
 */
public record ContractSchema(String subject, int version, ParsedSchema schema, String origin) {
  public ContractSchema {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(origin, "origin");
  }
}
