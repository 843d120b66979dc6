package dev.schemagate.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;

/**
 * The store on a relational database through Jdbi: {@link #sqlite(String)} opens the embedded
 * default, {@link #postgresql} a database that several server processes share.
 */
public final class JdbiSchemaStore implements SchemaStore {
  private static final String VERSION_COLUMNS = "subject, version, schema_id, deleted";
  /** Subjects starting with {@code :prefix}; the range lets the primary key find the first one. */
  private static final String STARTS_WITH = "subject >= :prefix AND substr(subject, 1, length(:prefix)) = :prefix";

  private final StoreAccess access;
  private final String description;
  private final PostgresConnections postgres;
  private final Runnable onClose;
  private volatile PostgresChangeListener listener;
  /** The newest migration applied when this store was opened: the schema this server works with. */
  private volatile String migratedTo;
  /** The SQLite data file, whose disappearance (deleted, moved, volume unmounted) open connections would hide. */
  private volatile Path sqliteFile;

  private JdbiSchemaStore(Jdbi jdbi, Dialect dialect, String description, PostgresConnections postgres, Runnable onClose) {
    this.access = new StoreAccess(jdbi, dialect, new Availability(description));
    this.description = description;
    this.postgres = postgres;
    this.onClose = onClose;
  }

  /** The pool size unless configured: enough for the requests a small node answers at once. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /**
   * Opens the database a JDBC URL names: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}.
   *
   * @param user the PostgreSQL user, or null for the URL's
   * @param password the PostgreSQL password, or null for the URL's
   * @param poolSize the most PostgreSQL connections kept open (SQLite keeps its own few)
   */
  public static JdbiSchemaStore open(String jdbcUrl, String user, String password, int poolSize) {
    return isPostgresql(jdbcUrl) ? postgresql(jdbcUrl, user, password, poolSize) : sqlite(jdbcUrl);
  }

  public static boolean isPostgresql(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /** Opens (creating if needed) an SQLite database and brings it to the newest schema. */
  public static JdbiSchemaStore sqlite(String jdbcUrl) {
    requireParentFolder(jdbcUrl);
    SqliteConnections connections = new SqliteConnections(jdbcUrl);
    Jdbi jdbi = Jdbi.create(connections);
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    JdbiSchemaStore store = new JdbiSchemaStore(jdbi, Dialect.SQLITE, "SQLite, data file: " + file, null, connections::close);
    try {
      Migrations.apply(connections.dataSource(), Dialect.SQLITE, null);
      store.migratedTo = store.latestMigration();
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    store.sqliteFile = sqliteFile(jdbcUrl);
    return store;
  }

  /**
   * Opens a PostgreSQL database that other server processes may share, and brings it to the newest
   * schema under a database lock, so that nodes starting at once migrate one after the other.
   */
  public static JdbiSchemaStore postgresql(String jdbcUrl, String user, String password, int poolSize) {
    PostgresConnections connections = new PostgresConnections(jdbcUrl, user, password, poolSize);
    try {
      Migrations.apply(connections.dataSource(), Dialect.POSTGRESQL, connections::dedicated);
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    JdbiSchemaStore store = new JdbiSchemaStore(PostgresText.register(Jdbi.create(connections.dataSource())), Dialect.POSTGRESQL,
        "PostgreSQL, database: " + connections.describe(), connections, connections::close);
    try {
      store.migratedTo = store.latestMigration();
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    return store;
  }

  @Override
  public boolean shared() {
    return postgres != null;
  }

  @Override
  public synchronized void onChanges(StoreChanges changes) {
    if (postgres != null && listener == null) {
      listener = new PostgresChangeListener(postgres, access, changes);
      listener.awaitFirstAttempt(PostgresConnections.CONNECT_TIMEOUT_SECONDS * 1_000L + 1_000);
    }
  }

  @Override
  public <T> T exclusively(Collection<String> subjects, Supplier<T> action) {
    return access.exclusively(subjects, action);
  }

  @Override
  public String describe() {
    return description;
  }

  /** Whether the database answers now: one short query. */
  public boolean reachable() {
    try {
      return call(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (StoreException e) {
      return false;
    }
  }

  /**
   * Why this node cannot serve requests now, or empty when it can: the database does not answer, or
   * its schema is no longer the one this server migrated it to (a restore or another server's
   * migration changed it underneath). One short query, for the readiness probe.
   */
  public Optional<String> notReady() {
    Path file = sqliteFile;
    if (file != null && !Files.isRegularFile(file)) {
      return Optional.of("The database file " + file + " is gone (deleted, moved, or its volume unmounted); restore it"
          + " and restart the node.");
    }
    String current;
    try {
      current = latestMigration();
    } catch (StoreUnavailable e) {
      return Optional.of("This node cannot reach its database; requests that need it get 503 until it is back.");
    } catch (StoreException e) {
      return Optional.of("This node cannot read its database's schema history; requests that need it may fail.");
    }
    if (!java.util.Objects.equals(current, migratedTo)) {
      return Optional.of("The database's schema is at migration " + current + ", not " + migratedTo
          + " as this server left it; restart the node so that it migrates the database again.");
    }
    return Optional.empty();
  }

  private String latestMigration() {
    return call(h -> h.createQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
        + " ORDER BY installed_rank DESC LIMIT 1").mapTo(String.class).findOne().orElse("none"));
  }

  /** The PostgreSQL connection pool, for its metrics; empty on SQLite, which has no pool. */
  public Optional<javax.sql.DataSource> pool() {
    return postgres == null ? Optional.empty() : Optional.of(postgres.dataSource());
  }

  /** How the store reads and writes, for copying a whole store ({@link StoreCopy}). */
  StoreAccess access() {
    return access;
  }

  /** The audit trail, kept in the same database. */
  public AuditLog auditLog() {
    return new JdbiAuditLog(access);
  }

  /** The JDBC URL of an SQLite database file. */
  public static String sqliteUrl(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /**
   * Refuses a database file in a folder that does not exist: a typo in the path would otherwise
   * start an empty registry that looks like lost data. The file itself is created on first start.
   */
  private static void requireParentFolder(String jdbcUrl) {
    Path file = sqliteFile(jdbcUrl);
    if (file == null) {
      return;
    }
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException("The folder " + parent + " of the database file " + file.getFileName()
          + " does not exist; create it first, or give a database file in an existing folder.");
    }
  }

  /** The data file an SQLite URL names, or null when it names none (a {@code file:} URI). */
  private static Path sqliteFile(String jdbcUrl) {
    String location = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = location.indexOf('?');
    if (query >= 0) {
      location = location.substring(0, query);
    }
    if (location.isEmpty() || location.contains(":memory:") || location.startsWith("file:")) {
      return null;
    }
    return Path.of(location).toAbsolutePath();
  }

  @Override
  public Optional<StoredSchema> schema(int id) {
    return call(
        h ->
            h.createQuery("SELECT id, schema_type, schema_text, metadata, rule_set FROM schemas WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> Rows.schemaRow(rs, ctx, Rows.references(h, rs.getInt("id"))))
                .findOne());
  }

  @Override
  public OptionalInt schemaIdByContentKey(String contentKey) {
    return call(h -> Rows.schemaIdByContentKey(h, contentKey).map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  @Override
  public List<SubjectVersion> history(String subject) {
    return versionRows("WHERE subject = :subject ORDER BY version", query -> query.bind("subject", subject));
  }

  @Override
  public List<String> subjects(String prefix, SubjectListing listing) {
    List<String> subjects = new ArrayList<>();
    eachSubject(prefix, listing, 0, 0, subjects::add);
    return subjects;
  }

  @Override
  public void eachSubject(String prefix, SubjectListing listing, int offset, int limit, Predicate<String> each) {
    String having = switch (listing) {
      case LIVE -> " HAVING MIN(deleted) = 0";
      case WITH_DELETED -> "";
      case ONLY_DELETED -> " HAVING MIN(deleted) = 1";
    };
    call(h -> {
      Query query = h.createQuery("SELECT subject FROM subject_versions WHERE " + STARTS_WITH + " GROUP BY subject" + having
          + " ORDER BY subject LIMIT :limit OFFSET :offset");
      query.bind("prefix", prefix).bind("limit", limit > 0 ? Integer.valueOf(limit) : access.dialect().unlimited()).bind("offset", Math.max(0, offset));
      try (ResultIterator<String> rows = query.mapTo(String.class).iterator()) {
        while (rows.hasNext() && each.test(rows.next())) {
          // each row is handed on as it is read
        }
      }
      return null;
    });
  }

  @Override
  public List<SubjectVersion> versionsOfSchema(int schemaId) {
    return versionRows("WHERE schema_id = :id ORDER BY subject, version", query -> query.bind("id", schemaId));
  }

  @Override
  public List<SubjectVersion> versions(String prefix, boolean includeDeleted, boolean latestOnly, int offset, int limit) {
    String listed = includeDeleted ? "" : " AND deleted = 0";
    String latest = !latestOnly ? ""
        : " AND version = (SELECT MAX(w.version) FROM subject_versions w WHERE w.subject = v.subject"
            + (includeDeleted ? "" : " AND w.deleted = 0") + ")";
    return versionRows("WHERE " + STARTS_WITH + listed + latest + " ORDER BY subject, version LIMIT :limit OFFSET :offset",
        query -> query.bind("prefix", prefix).bind("limit", limit).bind("offset", offset));
  }

  /** Subject versions (table alias {@code v}) chosen by {@code condition}, with its parameters bound by {@code bind}. */
  private List<SubjectVersion> versionRows(String condition, Consumer<Query> bind) {
    return call(h -> {
      Query query = h.createQuery("SELECT " + VERSION_COLUMNS + " FROM subject_versions v " + condition);
      bind.accept(query);
      return query.map(Rows::versionRow).list();
    });
  }

  @Override
  public long countVersions(boolean includeDeleted) {
    String listed = includeDeleted ? "" : " WHERE deleted = 0";
    return call(h -> h.createQuery("SELECT COUNT(*) FROM subject_versions" + listed).mapTo(Long.class).one());
  }

  @Override
  public List<Integer> referencingSchemaIds(String subject, int version) {
    return call(
        h ->
            h.createQuery(
                    "SELECT DISTINCT schema_id FROM schema_references WHERE subject = ? AND version = ? ORDER BY schema_id")
                .bind(0, subject)
                .bind(1, version)
                .mapTo(Integer.class)
                .list());
  }

  @Override
  public SubjectVersion addVersion(String subject, NewSchema schema, Integer requestedId, Integer requestedVersion) {
    return transaction(
        h -> {
          int id = Rows.schemaIdByContentKey(h, schema.contentKey())
              .orElseGet(() -> Rows.insertSchema(h, access.dialect(), schema, requestedId));
          int version = requestedVersion != null ? requestedVersion : Rows.nextVersion(h, subject);
          // only an import names its version, and may replace that version; a new version never replaces one
          String onConflict = requestedVersion == null ? ""
              : " ON CONFLICT (subject, version) DO UPDATE SET schema_id = excluded.schema_id, deleted = 0,"
                  + " registered_at = excluded.registered_at";
          h.createUpdate(
                  "INSERT INTO subject_versions (subject, version, schema_id, deleted, registered_at) VALUES (?, ?, ?, 0, ?)"
                      + onConflict)
              .bind(0, subject)
              .bind(1, version)
              .bind(2, id)
              .bind(3, System.currentTimeMillis())
              .execute();
          access.announce(h, StoreChanges.history(subject));
          return new SubjectVersion(subject, version, id, false);
        });
  }

  @Override
  public void markDeleted(String subject, List<Integer> versions) {
    transaction(
        h -> {
          for (int version : versions) {
            h.createUpdate("UPDATE subject_versions SET deleted = 1 WHERE subject = ? AND version = ?")
                .bind(0, subject)
                .bind(1, version)
                .execute();
          }
          access.announce(h, StoreChanges.history(subject));
          return null;
        });
  }

  @Override
  public List<Integer> deletePermanently(String subject, List<Integer> versions) {
    return transaction(
        h -> {
          Set<Integer> touched = new TreeSet<>();
          for (int version : versions) {
            h.createQuery("SELECT schema_id FROM subject_versions WHERE subject = ? AND version = ?")
                .bind(0, subject)
                .bind(1, version)
                .mapTo(Integer.class)
                .findOne()
                .ifPresent(touched::add);
            h.createUpdate("DELETE FROM subject_versions WHERE subject = ? AND version = ?")
                .bind(0, subject)
                .bind(1, version)
                .execute();
          }
          List<Integer> removed = new ArrayList<>();
          for (int id : touched) {
            boolean used =
                h.createQuery("SELECT 1 FROM subject_versions WHERE schema_id = ? LIMIT 1").bind(0, id).mapTo(Integer.class).findOne().isPresent();
            if (!used) {
              h.createUpdate("DELETE FROM schema_references WHERE schema_id = ?").bind(0, id).execute();
              h.createUpdate("DELETE FROM schemas WHERE id = ?").bind(0, id).execute();
              removed.add(id);
              access.announce(h, StoreChanges.removed(id));
            }
          }
          access.announce(h, StoreChanges.history(subject));
          return removed;
        });
  }

  @Override
  public int maxSchemaId() {
    return call(h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM schemas").mapTo(Integer.class).one());
  }

  @Override
  public Optional<String> setting(Setting setting, String subject) {
    return call(
        h ->
            h.createQuery("SELECT " + column(setting) + " FROM " + table(setting) + " WHERE subject = ?")
                .bind(0, subject)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public void putSetting(Setting setting, String subject, String value) {
    String column = column(setting);
    transaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO " + table(setting) + " (subject, " + column + ") VALUES (?, ?)"
                      + " ON CONFLICT (subject) DO UPDATE SET " + column + " = excluded." + column)
              .bind(0, subject)
              .bind(1, value)
              .execute();
          access.announce(h, StoreChanges.setting(setting, subject));
          return null;
        });
  }

  @Override
  public boolean deleteSetting(Setting setting, String subject) {
    return transaction(
        h -> {
          boolean deleted = h.createUpdate("DELETE FROM " + table(setting) + " WHERE subject = ?").bind(0, subject).execute() > 0;
          access.announce(h, StoreChanges.setting(setting, subject));
          return deleted;
        });
  }

  private static String table(Setting setting) {
    return switch (setting) {
      case CONFIG -> "configs";
      case MODE -> "modes";
    };
  }

  private static String column(Setting setting) {
    return switch (setting) {
      case CONFIG -> "body";
      case MODE -> "mode";
    };
  }

  @Override
  public void close() {
    PostgresChangeListener heard = listener;
    if (heard != null) {
      heard.close();
    }
    onClose.run();
  }

  private <R> R call(HandleCallback<R, RuntimeException> callback) {
    return access.read(callback);
  }

  private <R> R transaction(HandleCallback<R, RuntimeException> callback) {
    return access.write(callback);
  }
}
