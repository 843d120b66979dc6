package dev.schemagate.server.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where schemas, subject versions, configuration and modes live. Every method is one short
 * transaction; the registry above decides what is allowed. Ids are global and never reused.
 */
public interface SchemaStore extends AutoCloseable {

  /** The key under which the global configuration and mode are kept. */
  String GLOBAL = "";

  Optional<StoredSchema> schema(int id);

  OptionalInt schemaIdByContentKey(String contentKey);

  /** Every version of a subject, soft-deleted ones included, oldest first. */
  List<SubjectVersion> history(String subject);

  /** Which subjects a listing names. */
  enum SubjectListing {
    /** Subjects with at least one version that is not deleted. */
    LIVE,
    /** Subjects with any version, soft-deleted or not. */
    WITH_DELETED,
    /** Subjects whose versions are all soft-deleted. */
    ONLY_DELETED
  }

  /** Subject names starting with {@code prefix} (empty for all), sorted. */
  List<String> subjects(String prefix, SubjectListing listing);

  /**
   * Hands {@code each} the subject names starting with {@code prefix}, sorted, from {@code offset},
   * at most {@code limit} (0 or less: all), one at a time as the database yields them, until it
   * returns false. The listing is never held in memory whole.
   */
  void eachSubject(String prefix, SubjectListing listing, int offset, int limit, Predicate<String> each);

  /** Every subject version that points at a schema, soft-deleted ones included. */
  List<SubjectVersion> versionsOfSchema(int schemaId);

  /**
   * A page of subject versions ordered by subject and version ({@code GET /schemas}).
   *
   * @param prefix only subjects starting with it (empty for all)
   * @param latestOnly only the newest of each subject's listed versions
   */
  List<SubjectVersion> versions(String prefix, boolean includeDeleted, boolean latestOnly, int offset, int limit);

  /** How many subject versions there are; soft-deleted ones only with {@code includeDeleted}. */
  long countVersions(boolean includeDeleted);

  /** Ids of the schemas whose references name this subject version. */
  List<Integer> referencingSchemaIds(String subject, int version);

  /**
   * Adds a version to a subject in one transaction: reuses the schema with the same content key or
   * stores it under a new id, then writes the version.
   *
   * @param requestedId the id to store a new schema under (import), or null for the next free id
   * @param requestedVersion the version number to use (import; an existing version of that number is
   *     replaced), or null for one past the highest
   */
  SubjectVersion addVersion(String subject, NewSchema schema, Integer requestedId, Integer requestedVersion);

  void markDeleted(String subject, List<Integer> versions);

  /**
   * Removes versions for good, and with them the schemas no version points at any more.
   *
   * @return the ids of the schemas removed
   */
  List<Integer> deletePermanently(String subject, List<Integer> versions);

  /** The highest schema id handed out so far, 0 when none. */
  int maxSchemaId();

  /** What is kept per subject (and for the registry, under {@link #GLOBAL}) besides its versions. */
  enum Setting {
    /** The compatibility configuration, a JSON object. */
    CONFIG,
    /** The mode's name. */
    MODE
  }

  Optional<String> setting(Setting setting, String subject);

  void putSetting(Setting setting, String subject, String value);

  /** @return whether there was one to delete */
  boolean deleteSetting(Setting setting, String subject);

  /**
   * Whether other server processes write this database too (PostgreSQL): memory in front of the
   * store then follows their changes ({@link #onChanges}) and re-reads before answering "not found".
   */
  default boolean shared() {
    return false;
  }

  /** Where {@code changes} hears what other processes change; nothing to hear when not {@link #shared()}. */
  default void onChanges(StoreChanges changes) {}

  /**
   * Runs {@code action} while no other process changes these subjects: a check and the write it
   * allows see the same history on every node. Without other processes, the action just runs.
   */
  default <T> T exclusively(Collection<String> subjects, Supplier<T> action) {
    return action.get();
  }

  /** Which database this is and where, without credentials, for the log. */
  default String describe() {
    return getClass().getSimpleName();
  }

  @Override
  void close();
}
