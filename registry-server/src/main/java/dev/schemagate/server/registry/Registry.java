package dev.schemagate.server.registry;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.store.SchemaStore;

/** The registry's use cases over one store; no HTTP here. */
public final class Registry {
  private final Registration registration;
  private final Reads reads;
  private final Deletion deletion;
  private final Compatibility compatibility;
  private final Settings settings;

  private Registry(SchemaStore store, CompatibilityLevel defaultLevel) {
    SubjectLocks locks = new SubjectLocks();
    StoredSchemas stored = new StoredSchemas(store);
    this.settings = new Settings(store, defaultLevel);
    this.compatibility = new Compatibility(stored, settings, CompatibilityChecker.create());
    this.registration = new Registration(stored, settings, compatibility, locks);
    this.reads = new Reads(stored);
    this.deletion = new Deletion(stored, settings, locks);
  }

  /** @param defaultLevel the level of subjects nobody configured */
  public static Registry over(SchemaStore store, CompatibilityLevel defaultLevel) {
    return new Registry(store, defaultLevel);
  }

  public Registration registration() {
    return registration;
  }

  public Reads reads() {
    return reads;
  }

  public Deletion deletion() {
    return deletion;
  }

  public Compatibility compatibility() {
    return compatibility;
  }

  public Settings settings() {
    return settings;
  }
}
