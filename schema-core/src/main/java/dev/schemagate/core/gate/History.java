package dev.schemagate.core.gate;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import java.util.Optional;

/** Where the earlier versions of each subject come from: a baseline folder, a git commit, or a registry. */
public interface History {

  /** For messages: {@code baseline src/main/baseline}, {@code git:HEAD}, {@code registry http://...}. */
  String describe();

  /** The subject's earlier versions, oldest first. */
  SubjectHistory of(SubjectFile file);

  /** The level the source holds for the subject, if it holds levels at all. */
  default Optional<CompatibilityLevel> level(String subject) {
    return Optional.empty();
  }

  /** The JSON Schema policy the source holds for the subject, if it holds policies at all. */
  default Optional<CompatibilityPolicy> policy(String subject) {
    return Optional.empty();
  }
}
