package dev.schemagate.core.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason the new schema cannot be accepted.
 *
 * @param rule stable id of what is wrong
 * @param path RFC 6901 JSON Pointer into the new schema; for something deleted, the nearest parent
 *     that still exists (the sentence names the element)
 * @param message one plain sentence: what breaks, and how to fix it
 * @param oldVersion the earlier version the new schema was compared with
 * @param direction who can no longer read whom
 * @param witness an instance written with the writer's schema that the reader rejects (JSON) or
 *     cannot resolve (Avro, in Avro's JSON encoding); {@code null} when none was found within budget
 */
public record Incompatibility(
    Rule rule, String path, String message, int oldVersion, Direction direction, JsonNode witness) {

  public Incompatibility {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(direction, "direction");
  }

  public Optional<JsonNode> witnessIfAny() {
    return Optional.ofNullable(witness);
  }

  /** {@code #/fields/3: <sentence> [RULE] (vs version 2)}: the one-line form every tool prints. */
  public String describe() {
    return "#" + path + ": " + message + " [" + rule + "] (vs version " + oldVersion + ")";
  }

  @Override
  public String toString() {
    return describe();
  }
}
