package dev.schemagate.core.gate;

import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.VersionFile;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.report.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * History read from files: a baseline folder or a commit of the project's git repository, holding
 * earlier schemas under the same paths, or a folder per schema with its numbered versions.
 */
public final class BaselineHistory implements History {
  private final SchemaCatalog baseline;
  private final SchemaCatalog current;
  private final String description;
  private final boolean historyFoldersOnly;

  /**
   * @param current the local schemas, which provide shared types the baseline lacks
   * @param description e.g. {@code baseline src/main/baseline}
   */
  public BaselineHistory(SchemaCatalog baseline, SchemaCatalog current, String description) {
    this(baseline, current, description, false);
  }

  /**
   * @param historyFoldersOnly true when the baseline is the schema folder itself: a file there is the
   *     new schema, not an earlier version, so only history folders ({@code OrderPlaced/1.avsc}) count
   */
  public BaselineHistory(SchemaCatalog baseline, SchemaCatalog current, String description, boolean historyFoldersOnly) {
    this.baseline = baseline;
    this.current = current;
    this.description = description;
    this.historyFoldersOnly = historyFoldersOnly;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public SubjectHistory of(SubjectFile file) {
    List<VersionFile> files = new ArrayList<>(baseline.history(file.local().file().path(), file.local().file().type(), file.subject()));
    if (historyFoldersOnly) {
      files.removeIf(version -> !version.file().isVersion());
    }
    if (files.isEmpty()) {
      return SubjectHistory.none("new subject, no earlier version in " + description);
    }
    List<VersionedSchema> versions = new ArrayList<>();
    SortedMap<Integer, List<Problem>> unreadable = new TreeMap<>();
    for (VersionFile version : files) {
      LocalSchema parsed = baseline.parse(version.file(), current);
      if (parsed.isValid()) {
        versions.add(new VersionedSchema(version.version(), parsed.schema()));
      } else {
        String where = baseline.files().origin() + "/" + version.file().path();
        unreadable.put(version.version(), SubjectHistory.unreadable(file.subject(), version.version(), where, parsed.problems())
            .stream().map(problem -> problem.locatedIn(version.file().text())).toList());
      }
    }
    return new SubjectHistory(versions, unreadable, null);
  }
}
