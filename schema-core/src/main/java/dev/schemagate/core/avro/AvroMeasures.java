package dev.schemagate.core.avro;

import org.apache.avro.Schema;

/**
 * The sizes the limits look at, measured once per parsed schema and kept on it (see
 * {@link AvroSchema#measure()}): a registry checks new versions against the same parsed versions,
 * and a transitive check compares one new schema with every old one. Kept on the schema rather than
 * in a shared table, so that asking costs a field read, not a lock and a lookup, on every check.
 */
final class AvroMeasures {
  private AvroMeasures() {}

  /** @param work null when the schema is too large to compare at all */
  record Measure(boolean tooLarge, AvroWork work) {}

  static Measure of(Schema schema) {
    boolean tooLarge = AvroExpansion.exceedsLimit(schema);
    return new Measure(tooLarge, tooLarge ? null : AvroWork.of(schema));
  }
}
