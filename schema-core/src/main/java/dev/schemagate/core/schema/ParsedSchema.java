package dev.schemagate.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * A schema that parsed and passed its language's own rules. Immutable and safe to share.
 *
 * <p>{@link #canonicalText()} and {@link #fingerprint()} ignore whitespace and key order, so the same
 * schema written twice differently is recognised as the same schema.
 */
public interface ParsedSchema {

  SchemaType type();

  /** The schema text exactly as it was given. */
  String text();

  /** The normalized text: compact, keys sorted (JSON Schema) or full names (Avro). */
  String canonicalText();

  /** SHA-256 (lowercase hex) of the type, the canonical text and the references. */
  String fingerprint();

  /** The registered schemas this one uses; empty for a self-contained schema. */
  List<SchemaReference> references();

  /** The name the schema gives itself: Avro full name, or JSON Schema {@code $id} or {@code title}. */
  Optional<String> name();
}
