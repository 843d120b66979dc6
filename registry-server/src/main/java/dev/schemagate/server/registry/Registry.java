package dev.schemagate.server.registry;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.store.SchemaStore;
import dev.schemagate.server.store.StoreChanges;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/** The registry's use cases over one store; no HTTP here. */
public final class Registry {
  /**
   * The share of the heap that schemas, their parsed forms and subject histories may take unless
   * configured: a quarter of the most the JVM may use ({@code -Xmx}), 32 MB with the README's 128 MB.
   * Each value is weighed by an estimate of its memory (see {@code StoredSchemas}); what does not fit
   * is read from the database (and parsed again when a check needs it): slower, never wrong.
   */
  public static final int DEFAULT_CACHE_PERCENT_OF_HEAP = 25;

  /**
   * What one schema counted for when the cache was sized by count ({@code --schema-cache-size}, now
   * deprecated): about 20 KB of heap, as measured for schemas of one to two kilobytes.
   */
  public static final long BYTES_PER_COUNTED_SCHEMA = 20 * 1024;

  /** How many subjects' configurations and modes are kept in memory: a hundred bytes or so each. */
  static final int SETTINGS_KEPT = 10_000;

  /** {@link #DEFAULT_CACHE_PERCENT_OF_HEAP} of this JVM's maximum heap, in bytes. */
  public static long defaultCacheBytes() {
    return Runtime.getRuntime().maxMemory() / 100 * DEFAULT_CACHE_PERCENT_OF_HEAP;
  }

  /**
   * How much schema text the answers to repeated registrations and lookups keep: 4 million
   * characters (about 8 MB), the texts of 2,000 schemas of two kilobytes.
   */
  static final long KNOWN_REQUEST_CHARACTERS = 4_000_000;

  private final Registration registration;
  private final Reads reads;
  private final Deletion deletion;
  private final Compatibility compatibility;
  private final Settings settings;
  private final ConsoleReads console;

  /** How long one request may parse and check schemas unless configured. */
  public static final long DEFAULT_WORK_DEADLINE_MILLIS = 10_000;

  private Registry(SchemaStore store, CompatibilityLevel defaultLevel, long cacheBytes, long deadlineMillis, MeterRegistry meters) {
    StoredSchemas stored = new StoredSchemas(store, cacheBytes, meters);
    WorkDeadline deadline = new WorkDeadline(deadlineMillis);
    this.settings = new Settings(store, defaultLevel, SETTINGS_KEPT);
    // with other nodes on the store, what they change reaches memory here, and a subject's lock
    // makes its history, settings and the registry's settings be read again
    SubjectLocks locks = new SubjectLocks(store, subjects -> {
      subjects.forEach(stored::refreshHistory);
      subjects.forEach(settings::refresh);
      settings.refresh(SchemaStore.GLOBAL);
    });
    store.onChanges(new StoreChanges() {
      @Override
      public void historyChanged(String subject) {
        stored.historyChangedElsewhere(subject);
      }

      @Override
      public void settingChanged(SchemaStore.Setting setting, String scope) {
        settings.changedElsewhere(setting, scope);
      }

      @Override
      public void schemaRemoved(int id) {
        stored.schemaRemovedElsewhere(id);
      }

      @Override
      public void everythingMayHaveChanged() {
        stored.everythingChangedElsewhere();
        settings.everythingChangedElsewhere();
      }
    });
    this.compatibility = new Compatibility(stored, settings, CompatibilityChecker.create(), deadline, meters);
    KnownRequests known = new KnownRequests(stored, settings, KNOWN_REQUEST_CHARACTERS, meters);
    this.registration = new Registration(stored, settings, compatibility, locks, deadline, known, meters);
    this.reads = new Reads(stored);
    this.deletion = new Deletion(stored, settings, locks);
    this.console = new ConsoleReads(stored, settings, CompatibilityChecker.create(), deadline);
  }

  /** @param defaultLevel the level of subjects nobody configured */
  public static Registry over(SchemaStore store, CompatibilityLevel defaultLevel) {
    return withCacheBytes(store, defaultLevel, defaultCacheBytes());
  }

  /**
   * @param defaultLevel the level of subjects nobody configured
   * @param cacheBytes how much heap schemas, parsed forms and histories may take (see {@link #defaultCacheBytes()})
   */
  public static Registry withCacheBytes(SchemaStore store, CompatibilityLevel defaultLevel, long cacheBytes) {
    return over(store, defaultLevel, cacheBytes, DEFAULT_WORK_DEADLINE_MILLIS);
  }

  /**
   * @param deadlineMillis how long one request may parse and check schemas before it is stopped
   *     (42209); 0 for no deadline
   */
  public static Registry over(SchemaStore store, CompatibilityLevel defaultLevel, long cacheBytes, long deadlineMillis) {
    // a composite with no registry in it records nothing
    return over(store, defaultLevel, cacheBytes, deadlineMillis, new CompositeMeterRegistry());
  }

  /** @param meters where registrations, refusals, compatibility checks and cache lookups are counted */
  public static Registry over(
      SchemaStore store, CompatibilityLevel defaultLevel, long cacheBytes, long deadlineMillis, MeterRegistry meters) {
    return new Registry(store, defaultLevel, cacheBytes, deadlineMillis, meters);
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

  /** What the web console reads beyond the REST API. */
  public ConsoleReads console() {
    return console;
  }
}
