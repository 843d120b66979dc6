package dev.schemagate.core.avro;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The sizes the limits look at, per schema object, for the most recently compared schemas: a
 * registry checks new versions against the same parsed versions, and a transitive check compares
 * one new schema with every old one. Keyed by identity, so an equal schema parsed again is measured
 * again (and a schema no longer in use is forgotten once others take its place).
 */
final class AvroMeasures {
  private static final int KEPT = 256;

  /** @param work null when the schema is too large to compare at all */
  record Measure(boolean tooLarge, AvroWork work) {}

  private record Identity(Schema schema) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity identity && identity.schema == schema;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(schema);
    }
  }

  private final Map<Identity, Measure> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Identity, Measure> eldest) {
      return size() > KEPT;
    }
  };

  Measure of(Schema schema) {
    Identity key = new Identity(schema);
    synchronized (recent) {
      Measure known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    boolean tooLarge = AvroExpansion.exceedsLimit(schema);
    Measure measured = new Measure(tooLarge, tooLarge ? null : AvroWork.of(schema));
    synchronized (recent) {
      recent.put(key, measured);
    }
    return measured;
  }
}
