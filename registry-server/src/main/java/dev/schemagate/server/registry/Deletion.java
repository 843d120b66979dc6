package dev.schemagate.server.registry;

import dev.schemagate.server.store.SchemaStore;
import dev.schemagate.server.store.SubjectVersion;
import java.util.List;

/**
 * Deleting subjects and versions: soft first (the version disappears from reads and compatibility
 * checks but keeps its number and id), permanently only after that. A version another subject's
 * schema references cannot be deleted (42206).
 */
public final class Deletion {
  private final StoredSchemas stored;
  private final Settings settings;
  private final SubjectLocks locks;

  Deletion(StoredSchemas stored, Settings settings, SubjectLocks locks) {
    this.stored = stored;
    this.settings = settings;
    this.locks = locks;
  }

  /** Deletes every version of a subject; answers their numbers. */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    settings.requireWritable(subject);
    return locks.withLock(subject, () -> {
      List<SubjectVersion> history = stored.history(subject);
      if (history.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      List<SubjectVersion> live = history.stream().filter(v -> !v.deleted()).toList();
      if (permanent) {
        if (!live.isEmpty()) {
          throw new RegistryException(
              ErrorCode.SUBJECT_NOT_SOFT_DELETED,
              "Subject '" + subject + "' was not deleted first before being permanently deleted; delete it without"
                  + " permanent=true first.");
        }
        history.forEach(version -> requireUnreferenced(version, true));
        List<Integer> versions = history.stream().map(SubjectVersion::version).toList();
        deleteForGood(subject, versions);
        return versions;
      }
      if (live.isEmpty()) {
        throw new RegistryException(
            ErrorCode.SUBJECT_SOFT_DELETED,
            "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently.");
      }
      live.forEach(version -> requireUnreferenced(version, true));
      List<Integer> versions = live.stream().map(SubjectVersion::version).toList();
      stored.markDeleted(subject, versions);
      return versions;
    });
  }

  /** Deletes one version; answers its number. */
  public int deleteVersion(String subject, VersionSelector selector, boolean permanent) {
    settings.requireWritable(subject);
    return locks.withLock(subject, () -> {
      List<SubjectVersion> history = stored.history(subject);
      if (history.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      SubjectVersion version = find(subject, history, selector, permanent);
      if (permanent) {
        if (!version.deleted()) {
          throw new RegistryException(
              ErrorCode.VERSION_NOT_SOFT_DELETED,
              "Subject '" + subject + "' Version " + version.version() + " was not deleted first before being"
                  + " permanently deleted; delete it without permanent=true first.");
        }
        requireUnreferenced(version, false);
        deleteForGood(subject, List.of(version.version()));
      } else {
        if (version.deleted()) {
          throw new RegistryException(
              ErrorCode.VERSION_SOFT_DELETED,
              "Subject '" + subject + "' Version " + version.version() + " was soft deleted. Set permanent=true to"
                  + " delete permanently.");
        }
        requireUnreferenced(version, false);
        stored.markDeleted(subject, List.of(version.version()));
      }
      return version.version();
    });
  }

  private static SubjectVersion find(
      String subject, List<SubjectVersion> history, VersionSelector selector, boolean permanent) {
    if (selector.isLatest()) {
      List<SubjectVersion> candidates = history.stream().filter(v -> permanent || !v.deleted()).toList();
      if (candidates.isEmpty()) {
        throw RegistryException.subjectNotFound(subject);
      }
      return candidates.get(candidates.size() - 1);
    }
    return history.stream()
        .filter(v -> v.version() == selector.number())
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(subject, selector.number()));
  }

  private void deleteForGood(String subject, List<Integer> versions) {
    stored.deletePermanently(subject, versions);
    if (stored.history(subject).isEmpty()) {
      settings.forget(subject);
    }
  }

  /**
   * Refuses to delete a version that live versions reference. A soft-deleted referrer does not hold
   * it: it is on its way out, and can still be deleted for good first. When the whole subject goes,
   * its own versions go with it, so only other subjects' versions hold it; a single version is also
   * held by a later version of its own subject that uses it.
   */
  private void requireUnreferenced(SubjectVersion version, boolean wholeSubject) {
    SchemaStore store = stored.store();
    for (int referrer : store.referencingSchemaIds(version.subject(), version.version())) {
      for (SubjectVersion user : store.versionsOfSchema(referrer)) {
        if (!user.deleted() && !(wholeSubject && user.subject().equals(version.subject()))) {
          throw new RegistryException(
              ErrorCode.REFERENCE_EXISTS,
              "One or more references exist to the schema {subject=" + version.subject() + ",version=" + version.version()
                  + "}: subject '" + user.subject() + "' version " + user.version() + " uses it; delete that first.");
        }
      }
    }
  }
}
