package dev.schemagate.server.store;

import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Runs the store's reads and writes, turning database failures into {@link StoreException}s. */
final class StoreAccess {
  private final Jdbi jdbi;
  private final ReentrantLock writeLock = new ReentrantLock(true);

  StoreAccess(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  <R> R read(HandleCallback<R, RuntimeException> callback) {
    try {
      return jdbi.withHandle(callback);
    } catch (JdbiException e) {
      throw new StoreException("The database could not be read: " + rootMessage(e), e);
    }
  }

  /**
   * Writes one at a time: SQLite admits a single writer, and a writer that finds the file locked
   * sleeps in the busy handler with growing pauses. Queuing writers here instead keeps a
   * registration's latency at its own cost under concurrent load. Reads never wait for this lock.
   */
  <R> R write(HandleCallback<R, RuntimeException> callback) {
    writeLock.lock();
    try {
      return jdbi.inTransaction(callback);
    } catch (JdbiException e) {
      if (isConstraintConflict(e)) {
        throw new StoreConflict("The change conflicts with what is stored (" + rootMessage(e)
            + "), perhaps written a moment before by another request; nothing was changed.", e);
      }
      throw new StoreException("The database could not be written: " + rootMessage(e), e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Whether the database refused the write for a UNIQUE, PRIMARY KEY or other constraint. */
  private static boolean isConstraintConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite
          && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
