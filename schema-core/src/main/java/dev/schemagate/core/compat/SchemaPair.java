package dev.schemagate.core.compat;

import dev.schemagate.core.schema.ParsedSchema;

/**
 * The only question a format checker is asked: can {@code reader} read everything {@code writer}
 * writes? The rest is context for the words: which of the two is the new schema, which old version
 * the other is, and a budget for witnesses.
 */
public record SchemaPair(
    ParsedSchema reader,
    ParsedSchema writer,
    Direction direction,
    int oldVersion,
    CompatibilityPolicy policy,
    WitnessBudget witnessBudget) {

  /** True when the reader is the new schema (a BACKWARD question). */
  public boolean readerIsNew() {
    return direction == Direction.NEW_CANNOT_READ_OLD;
  }

  public ParsedSchema newSchema() {
    return readerIsNew() ? reader : writer;
  }

  public ParsedSchema oldSchema() {
    return readerIsNew() ? writer : reader;
  }

  /** {@code "version 3"}: how sentences name the old schema. */
  public String oldLabel() {
    return "version " + oldVersion;
  }

  /** How sentences name the new schema. */
  public String newLabel() {
    return "the new schema";
  }

  /** How sentences name the reader: {@code "the new schema"} or {@code "version 3"}. */
  public String readerLabel() {
    return readerIsNew() ? newLabel() : oldLabel();
  }

  /** How sentences name the writer. */
  public String writerLabel() {
    return readerIsNew() ? oldLabel() : newLabel();
  }
}
