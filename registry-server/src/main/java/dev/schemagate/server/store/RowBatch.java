package dev.schemagate.server.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Inserts rows in batches of at most 500 rows or about 4 MB of text, whichever comes first: a
 * batch holds its rows in memory until it runs, and schemas can be large.
 */
final class RowBatch {
  private static final int ROWS = 500;
  private static final long CHARS = 4L << 20;

  private final PreparedBatch batch;
  private long chars;

  RowBatch(Handle handle, String insert) {
    this.batch = handle.prepareBatch(insert);
  }

  /** Adds a row; answers true when the batch should run now ({@link #execute}). */
  boolean add(Object[] row) {
    for (int i = 0; i < row.length; i++) {
      Object value = StoreTables.bindable(row[i]);
      if (value instanceof String text) {
        chars += text.length();
      }
      batch.bind(i, value);
    }
    batch.add();
    return batch.size() >= ROWS || chars >= CHARS;
  }

  void execute() {
    if (batch.size() > 0) {
      batch.execute();
    }
    chars = 0;
  }
}
