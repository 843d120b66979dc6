package dev.schemagate.server.registry;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.store.SchemaStore;

/** The registry's use cases over one store; no HTTP here. */
public final class Registry {
  /**
   * How many schemas are kept in memory unless configured: 2,000 schemas of up to 4,096 characters
   * (a larger one counts once per started 4,096), as many parsed forms, and the histories and
   * settings of 2,000 subjects. That holds every schema a typical registry serves, and bounds the
   * memory even when clients register huge schemas: at most about 8 million characters of schema
   * text (8 to 16 MB) and the parsed forms of as much (measured at 7 to 13 bytes a character,
   * about 100 MB at worst; about 25 MB for 2,000 schemas of a kilobyte). A schema that is not in
   * memory is read from the database (and parsed again when a check needs it): slower, never wrong.
   */
  public static final int DEFAULT_CACHE_SIZE = 2_000;

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

  private Registry(SchemaStore store, CompatibilityLevel defaultLevel, int cacheSize, long deadlineMillis) {
    SubjectLocks locks = new SubjectLocks();
    StoredSchemas stored = new StoredSchemas(store, cacheSize);
    WorkDeadline deadline = new WorkDeadline(deadlineMillis);
    this.settings = new Settings(store, defaultLevel, cacheSize);
    this.compatibility = new Compatibility(stored, settings, CompatibilityChecker.create(), deadline);
    KnownRequests known = new KnownRequests(stored, settings, KNOWN_REQUEST_CHARACTERS);
    this.registration = new Registration(stored, settings, compatibility, locks, deadline, known);
    this.reads = new Reads(stored);
    this.deletion = new Deletion(stored, settings, locks);
    this.console = new ConsoleReads(stored, settings, CompatibilityChecker.create(), deadline);
  }

  /** @param defaultLevel the level of subjects nobody configured */
  public static Registry over(SchemaStore store, CompatibilityLevel defaultLevel) {
    return over(store, defaultLevel, DEFAULT_CACHE_SIZE);
  }

  /**
   * @param defaultLevel the level of subjects nobody configured
   * @param cacheSize how many schemas (see {@link #DEFAULT_CACHE_SIZE}) are kept in memory
   */
  public static Registry over(SchemaStore store, CompatibilityLevel defaultLevel, int cacheSize) {
    return over(store, defaultLevel, cacheSize, DEFAULT_WORK_DEADLINE_MILLIS);
  }

  /**
   * @param deadlineMillis how long one request may parse and check schemas before it is stopped
   *     (42209); 0 for no deadline
   */
  public static Registry over(SchemaStore store, CompatibilityLevel defaultLevel, int cacheSize, long deadlineMillis) {
    return new Registry(store, defaultLevel, cacheSize, deadlineMillis);
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
