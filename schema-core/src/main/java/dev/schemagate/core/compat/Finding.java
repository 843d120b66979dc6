package dev.schemagate.core.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * What a format checker reports for one reader/writer pair; the {@link CompatibilityChecker} adds the
 * version and direction to make an {@link Incompatibility}.
 *
 * @param path RFC 6901 JSON Pointer into the new schema (see {@link SchemaPair#newSchema()})
 * @param witness writer instance the reader rejects, confirmed by a validator or decoder; null when
 *     there is none (a JSON null witness is a {@code NullNode})
 * @param waived true for a difference the policy lets through: reported beside the verdict, not in it
 */
public record Finding(Rule rule, String path, String message, JsonNode witness, boolean waived) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public Finding(Rule rule, String path, String message, JsonNode witness) {
    this(rule, path, message, witness, false);
  }

  public static Finding of(Rule rule, String path, String message) {
    return new Finding(rule, path, message, null);
  }

  public Finding withWitness(JsonNode instance) {
    return new Finding(rule, path, message, instance, waived);
  }
}
