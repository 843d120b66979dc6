package dev.schemagate.core.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a format checker reports for one reader/writer pair; the {@link CompatibilityChecker} adds the
 * version and direction to make an {@link Incompatibility}.
 *
 * @param path RFC 6901 JSON Pointer into the new schema (see {@link SchemaPair#newSchema()})
 * @param witness writer instance the reader rejects, confirmed by a validator or decoder; may be null
 */
public record Finding(Rule rule, String path, String message, JsonNode witness) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public static Finding of(Rule rule, String path, String message) {
    return new Finding(rule, path, message, null);
  }

  public Finding withWitness(JsonNode instance) {
    return new Finding(rule, path, message, instance);
  }
}
