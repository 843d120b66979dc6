package dev.schemagate.core.diff;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.Incompatibility;
import java.util.List;

/**
 * Everything that differs between two versions of a schema and what breaks at {@code level}.
 *
 * @param unplaced incompatibilities no single change explains (e.g. a renamed record), so none is lost
 */
public record SchemaDiffReport(CompatibilityLevel level, List<SchemaChange> changes, List<Incompatibility> unplaced) {
  public SchemaDiffReport {
    changes = List.copyOf(changes);
    unplaced = List.copyOf(unplaced);
  }

  public boolean isCompatible() {
    return unplaced.isEmpty() && changes.stream().allMatch(change -> change.breaks().isEmpty());
  }

  public long breakingChanges() {
    return changes.stream().filter(change -> !change.breaks().isEmpty()).count() + (unplaced.isEmpty() ? 0 : 1);
  }
}
