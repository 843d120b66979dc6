package dev.schemagate.server.registry;

import dev.schemagate.server.store.SchemaStore.SubjectListing;
import dev.schemagate.server.store.StoredSchema;
import dev.schemagate.server.store.SubjectVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Everything that only reads: schemas by id, subjects, their versions and who references whom. */
public final class Reads {
  private final StoredSchemas stored;

  Reads(StoredSchemas stored) {
    this.stored = stored;
  }

  /**
   * A schema by its global id, from memory after the first read. With a subject, the schema must be
   * registered under it.
   */
  public StoredSchema schemaById(int id, String subject) {
    StoredSchema schema = stored.schema(id).orElseThrow(() -> RegistryException.schemaNotFound(Integer.toString(id)));
    if (subject != null && !subject.isEmpty()
        && stored.history(subject).stream().noneMatch(v -> v.schemaId() == id)) {
      throw new RegistryException(
          ErrorCode.SCHEMA_NOT_FOUND, "Schema " + id + " not found under subject '" + subject + "'.");
    }
    return schema;
  }

  /** The subjects that use a schema id (40403 when none does). */
  public List<String> subjectsOfSchema(int id, boolean includeDeleted) {
    LinkedHashSet<String> subjects = new LinkedHashSet<>();
    versionsOfSchema(id, includeDeleted).forEach(v -> subjects.add(v.subject()));
    return new ArrayList<>(subjects);
  }

  /** The subject versions that use a schema id (40403 when none does). */
  public List<SubjectVersion> versionsOfSchema(int id, boolean includeDeleted) {
    List<SubjectVersion> versions =
        stored.store().versionsOfSchema(id).stream().filter(v -> includeDeleted || !v.deleted()).toList();
    if (versions.isEmpty() && stored.schema(id).isEmpty()) {
      throw RegistryException.schemaNotFound(Integer.toString(id));
    }
    return versions;
  }

  /**
   * Hands {@code each} the subject names, sorted, from {@code offset}, at most {@code limit} (0 or
   * less: all), of those {@code readable} accepts (null: all); soft-deleted subjects only when asked.
   * Offset and limit count the readable subjects only; without a filter the database applies them.
   */
  public void eachSubject(String prefix, boolean includeDeleted, boolean deletedOnly, int offset, int limit,
      Predicate<String> readable, Consumer<String> each) {
    SubjectListing listing = deletedOnly ? SubjectListing.ONLY_DELETED
        : includeDeleted ? SubjectListing.WITH_DELETED : SubjectListing.LIVE;
    String from = prefix == null ? "" : prefix;
    if (readable == null) {
      stored.store().eachSubject(from, listing, offset, limit, subject -> {
        each.accept(subject);
        return true;
      });
      return;
    }
    int[] skipped = {0};
    int[] given = {0};
    stored.store().eachSubject(from, listing, 0, 0, subject -> {
      if (!readable.test(subject) || skipped[0]++ < offset) {
        return true;
      }
      each.accept(subject);
      return limit <= 0 || ++given[0] < limit;
    });
  }

  /** The version numbers of a subject (40401 when it has none). */
  public List<Integer> versions(String subject, boolean includeDeleted, boolean deletedOnly) {
    List<SubjectVersion> history = stored.history(subject);
    List<Integer> versions =
        history.stream()
            .filter(v -> deletedOnly ? v.deleted() : includeDeleted || !v.deleted())
            .map(SubjectVersion::version)
            .toList();
    boolean allDeleted = history.stream().allMatch(SubjectVersion::deleted);
    if (history.isEmpty() || (allDeleted && !includeDeleted && !deletedOnly)) {
      throw RegistryException.subjectNotFound(subject);
    }
    return versions;
  }

  public SchemaVersion version(String subject, VersionSelector selector, boolean includeDeleted) {
    SubjectVersion version = stored.version(subject, selector, includeDeleted);
    return new SchemaVersion(subject, version.version(), stored.existingSchema(version.schemaId()), version.deleted());
  }

  /** Ids of the schemas that reference this subject version and are still registered somewhere. */
  public List<Integer> referencedBy(String subject, VersionSelector selector) {
    SubjectVersion version = stored.version(subject, selector, false);
    return stored.store().referencingSchemaIds(subject, version.version()).stream()
        .filter(id -> stored.store().versionsOfSchema(id).stream().anyMatch(v -> !v.deleted()))
        .toList();
  }

  /**
   * A page of the registered schema versions ({@code GET /schemas}) by subject and version,
   * optionally only subjects with a prefix, only the latest version of each, or with soft-deleted ones.
   */
  public List<SchemaVersion> schemas(String prefix, boolean includeDeleted, boolean latestOnly, int offset, int limit) {
    return stored.store().versions(prefix == null ? "" : prefix, includeDeleted, latestOnly, offset, limit).stream()
        .map(v -> new SchemaVersion(v.subject(), v.version(), stored.existingSchema(v.schemaId()), v.deleted()))
        .toList();
  }

  /** How many versions are registered and not deleted. */
  public long registeredVersions() {
    return stored.store().countVersions(false);
  }

  /** The highest id handed out so far. */
  public int maxSchemaId() {
    return stored.store().maxSchemaId();
  }
}
