package dev.schemagate.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Incompatibility;
import java.util.List;

/**
 * One difference between two versions of a schema, with what it breaks.
 *
 * @param oldPointer where it is in the old schema; for something added, the nearest part that exists there
 * @param newPointer where it is in the new schema; for something removed, the nearest part that still exists
 * @param what {@code field "currency"}, {@code property "email"}, {@code "maximum"}
 * @param before the old value, or null when it was added
 * @param after the new value, or null when it was removed
 * @param breaks the incompatibilities this change causes at the level compared at; empty when it is compatible
 */
public record SchemaChange(
    Kind kind, String oldPointer, String newPointer, String what, JsonNode before, JsonNode after, List<Incompatibility> breaks) {

  public enum Kind { ADDED, REMOVED, CHANGED }

  public SchemaChange {
    breaks = List.copyOf(breaks);
  }

  SchemaChange withBreaks(List<Incompatibility> found) {
    return new SchemaChange(kind, oldPointer, newPointer, what, before, after, found);
  }
}
