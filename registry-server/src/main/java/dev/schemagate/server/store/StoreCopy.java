package dev.schemagate.server.store;

import dev.schemagate.server.store.StoreTables.Table;
import java.sql.ResultSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Copies a whole registry from one store into another, empty one (SQLite to PostgreSQL, or back):
 * every schema with its id, every subject version with its number, deleted state and time, every
 * configuration and mode, and the audit trail. The target's id counter is set past the highest id
 * the source ever handed out, so that an id is never reused, not even one of a schema deleted for
 * good. The source is read in one snapshot and the target written in one transaction: a copy that
 * fails leaves it empty.
 */
public final class StoreCopy {
  static final int BATCH = 500;

  /** How many rows of each kind were copied. */
  public record Copied(long schemas, long references, long versions, long configs, long modes, long auditEntries) {
    static Copied of(long[] counts) {
      return new Copied(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }
  }

  private StoreCopy() {}

  public static Copied copy(JdbiSchemaStore from, JdbiSchemaStore to) {
    StoreAccess source = from.access();
    StoreAccess target = to.access();
<<<<<<< HEAD
    return source.read(reading -> target.write(writing -> {
      requireEmpty(writing, to);
      long[] counts = new long[TABLES.size()];
      for (int i = 0; i < TABLES.size(); i++) {
        counts[i] = copyTable(reading, writing, TABLES.get(i), source.dialect(), target.dialect());
=======
    return source.snapshot(reading -> target.write(writing -> {
      StoreTables.requireEmpty(writing, to.describe(), "copy into a new, empty database");
      long[] counts = new long[StoreTables.TABLES.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = copyTable(reading, writing, StoreTables.TABLES.get(i), target.dialect());
>>>>>>> issue-17b
      }
      StoreTables.continueIds(writing, target.dialect(), StoreTables.highestSchemaIdEver(reading, source.dialect()));
      target.announce(writing, StoreChanges.EVERYTHING);
      return Copied.of(counts);
    }));
  }

<<<<<<< HEAD
  private static void requireEmpty(Handle h, JdbiSchemaStore to) {
    for (String table : List.of("schemas", "subject_versions", "configs", "modes")) {
      if (h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one() > 0) {
        throw new StoreException("The target " + to.describe() + " already holds data (its " + table + " table is not"
            + " empty); copy into a new, empty database, so that no id or version of the source collides with another.");
      }
    }
  }

  private static long copyTable(Handle from, Handle to, Table table, Dialect sourceDialect, Dialect targetDialect) {
    // an audit entry's id is generated ALWAYS on PostgreSQL; a copy keeps the source's
    String overriding = targetDialect == Dialect.POSTGRESQL && table.name().equals("audit_trail")
        ? " OVERRIDING SYSTEM VALUE" : "";
    String placeholders = String.join(", ", java.util.Collections.nCopies(table.width(), "?"));
    PreparedBatch batch = to.prepareBatch(
        "INSERT INTO " + table.name() + " (" + table.columns() + ")" + overriding + " VALUES (" + placeholders + ")");
    return from.createQuery("SELECT " + table.columns() + " FROM " + table.name() + " ORDER BY " + table.order())
        .scanResultSet((rows, ctx) -> {
          ResultSet row = rows.get();
          long count = 0;
          while (row.next()) {
            add(batch, row, table.width(), sourceDialect);
            if (++count % BATCH == 0) {
              batch.execute();
            }
          }
          if (batch.size() > 0) {
            batch.execute();
          }
          return count;
        });
  }

  private static void add(PreparedBatch batch, ResultSet row, int width, Dialect sourceDialect) throws SQLException {
    for (int column = 1; column <= width; column++) {
      Object value = row.getObject(column);
      // the raw rows of PostgreSQL hold escaped text; the target's statements escape it again as they need
      if (value instanceof String text && sourceDialect == Dialect.POSTGRESQL) {
        value = PostgresText.decode(text);
      }
      batch.bind(column - 1, value);
    }
    batch.add();
  }

  /** The highest schema id the source ever handed out, deleted schemas included. */
  private static long highestSchemaIdEver(Handle h, Dialect dialect) {
    long stored = h.createQuery("SELECT COALESCE(MAX(id), 0) FROM schemas").mapTo(Long.class).one();
    long counter = dialect == Dialect.SQLITE
        ? h.createQuery("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'schemas'), 0)").mapTo(Long.class).one()
        : h.createQuery("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM schemas_id_seq").mapTo(Long.class).one();
    return Math.max(stored, counter);
  }

  private static void continueIdsAfter(Handle h, Dialect dialect, String table, long highest) {
    if (highest <= 0) {
      return;
    }
    if (dialect == Dialect.POSTGRESQL) {
      h.createQuery("SELECT setval('" + table + "_id_seq', ?)").bind(0, highest).mapTo(Long.class).one();
    } else {
      // AUTOINCREMENT's counter; explicit ids moved it to the highest copied, a deleted schema's may be higher
      h.createUpdate("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?").bind(0, highest).bind(1, table).execute();
    }
=======
  private static long copyTable(Handle from, Handle to, Table table, Dialect targetDialect) {
    PreparedBatch batch = to.prepareBatch(table.insert(targetDialect));
    return from.createQuery(table.select()).setFetchSize(StoreCopy.BATCH).scanResultSet((rows, ctx) -> {
      ResultSet row = rows.get();
      long count = 0;
      while (row.next()) {
        for (int column = 1; column <= table.columns().size(); column++) {
          batch.bind(column - 1, StoreTables.bindable(table.columns().get(column - 1).read(row, column)));
        }
        batch.add();
        if (++count % BATCH == 0) {
          batch.execute();
        }
      }
      if (batch.size() > 0) {
        batch.execute();
      }
      return count;
    });
>>>>>>> issue-17b
  }
}
