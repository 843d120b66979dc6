package dev.schemagate.server.store;

import dev.schemagate.server.store.StoreTables.Table;
import java.sql.ResultSet;
import org.jdbi.v3.core.Handle;

/**
 * Copies a whole registry from one store into another, empty one (SQLite to PostgreSQL, or back):
 * every schema with its id, every subject version with its number, deleted state and time, every
 * configuration and mode, and the audit trail. The target's id counter is set past the highest id
 * the source ever handed out, so that an id is never reused, not even one of a schema deleted for
 * good. The source is read in one snapshot and the target written in one transaction: a copy that
 * fails leaves it empty.
 */
public final class StoreCopy {
  /** Rows fetched from the source at a time. */
  static final int BATCH = 500;

  /** How many rows of each kind were copied. */
  public record Copied(long schemas, long references, long versions, long configs, long modes, long auditEntries) {
    static Copied of(long[] counts) {
      return new Copied(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /** {@code 8 schemas (1 references), 9 subject versions, 2 configurations, 1 modes and 4 audit entries}. */
    public String counts() {
      return schemas + " schemas (" + references + " references), " + versions + " subject versions, " + configs
          + " configurations, " + modes + " modes and " + auditEntries + " audit entries";
    }
  }

  private StoreCopy() {}

  public static Copied copy(JdbiSchemaStore from, JdbiSchemaStore to) {
    StoreAccess source = from.access();
    StoreAccess target = to.access();
    return source.snapshot(reading -> target.write(writing -> {
      StoreTables.requireEmpty(writing, to.describe(), "copy into a new, empty database");
      long[] counts = new long[StoreTables.TABLES.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = copyTable(reading, writing, StoreTables.TABLES.get(i), source.dialect(), target.dialect());
      }
      StoreTables.continueIds(writing, target.dialect(), StoreTables.highestSchemaIdEver(reading, source.dialect()));
      target.announce(writing, StoreChanges.EVERYTHING);
      return Copied.of(counts);
    }));
  }

  private static long copyTable(Handle from, Handle to, Table table, Dialect sourceDialect, Dialect targetDialect) {
    RowBatch batch = new RowBatch(to, table.insert(targetDialect));
    return from.createQuery(table.select()).setFetchSize(BATCH).scanResultSet((rows, ctx) -> {
      ResultSet row = rows.get();
      long count = 0;
      Object[] values = new Object[table.columns().size()];
      while (row.next()) {
        for (int column = 1; column <= values.length; column++) {
          values[column - 1] = table.columns().get(column - 1).read(row, column, sourceDialect);
        }
        count++;
        if (batch.add(values)) {
          batch.execute();
        }
      }
      batch.execute();
      return count;
    });
  }
}
