package dev.schemagate.server.store;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Runs the store's reads and writes, turning database failures into {@link StoreException}s. */
final class StoreAccess {
  /** The channel on which PostgreSQL nodes tell each other what they changed. */
  static final String CHANNEL = "schemagate_changes";

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  /** The connection a thread holds subject locks on, which its reads and writes use too. */
  private final ThreadLocal<Handle> locked = new ThreadLocal<>();
  /**
   * Starts this store's notifications, so that its own listener can skip them: what this process
   * writes it has already put into its memory, and dropping that memory again on its own echo only
   * makes the next requests read the database once more.
   */
  private final String origin = "#" + Long.toHexString(new SecureRandom().nextLong()) + "#";

  private final Availability availability;

  StoreAccess(Jdbi jdbi, Dialect dialect, Availability availability) {
    this.jdbi = jdbi;
    this.dialect = dialect;
    this.availability = availability;
  }

  Dialect dialect() {
    return dialect;
  }

  Availability availability() {
    return availability;
  }

  <R> R read(HandleCallback<R, RuntimeException> callback) {
    try {
      long started = System.nanoTime();
      Handle held = locked.get();
      R result = held != null ? callback.withHandle(held) : jdbi.withHandle(callback);
      availability.answered(started);
      return result;
    } catch (JdbiException e) {
      throw failure("read", e);
    }
  }

  /**
   * Reads in one transaction, which sees the database as it was when it began, whatever is written
   * meanwhile: on PostgreSQL a REPEATABLE READ transaction; on SQLite in WAL mode a deferred
   * transaction, whose snapshot starts at its first read and lets writers carry on (the WAL file
   * grows until it ends). A backup taken while servers run is thereby consistent.
   */
  <R> R snapshot(HandleCallback<R, RuntimeException> callback) {
    try {
      if (dialect == Dialect.POSTGRESQL) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, callback);
      }
      // the connections begin IMMEDIATE transactions, which take the write lock: a reader must not
      return jdbi.withHandle(h -> {
        h.execute("BEGIN DEFERRED");
        try {
          R result = callback.withHandle(h);
          h.execute("COMMIT");
          return result;
        } catch (RuntimeException e) {
          h.execute("ROLLBACK");
          throw e;
        }
      });
    } catch (JdbiException e) {
      throw failure("read", e);
    }
  }

  /**
   * Writes in one transaction. On SQLite one at a time: SQLite admits a single writer, and a writer
   * that finds the file locked sleeps in the busy handler with growing pauses; queuing writers here
   * instead keeps a registration's latency at its own cost under concurrent load. Reads never wait
   * for this lock. On PostgreSQL writers run side by side and the database's constraints and locks
   * decide between them, across every node.
   */
  <R> R write(HandleCallback<R, RuntimeException> callback) {
    boolean queued = dialect == Dialect.SQLITE;
    if (queued) {
      writeLock.lock();
    }
    try {
      long started = System.nanoTime();
      Handle held = locked.get();
      R result = held != null ? held.inTransaction(callback) : jdbi.inTransaction(callback);
      availability.answered(started);
      return result;
    } catch (JdbiException e) {
      throw failure("written", e);
    } finally {
      if (queued) {
        writeLock.unlock();
      }
    }
  }

  /**
   * Runs {@code action} holding the database's lock on each of {@code subjects} (PostgreSQL
   * advisory locks on one connection, which the action's reads and writes then use), so that a
   * change on one node and a change to the same subjects on another node happen one after the
   * other. The locks go with the connection: a node that dies releases them. On SQLite, where one
   * process owns the file, the action simply runs.
   */
  <T> T exclusively(Collection<String> subjects, Supplier<T> action) {
    if (dialect != Dialect.POSTGRESQL || locked.get() != null) {
      return action.get();
    }
    Handle handle;
    try {
      handle = jdbi.open();
    } catch (JdbiException e) {
      throw failure("read", e);
    }
    try {
      // sorted keys: two nodes taking several locks always take them in the same order
      List<Long> keys = subjects.stream().map(StoreAccess::lockKey).distinct().sorted().toList();
      try {
        for (long key : keys) {
          handle.createQuery("SELECT pg_advisory_lock(?)").bind(0, key).mapTo(String.class).one();
        }
      } catch (JdbiException e) {
        throw failure("locked", e);
      }
      locked.set(handle);
      try {
        return action.get();
      } finally {
        locked.remove();
        try {
          handle.createQuery("SELECT pg_advisory_unlock_all()").mapTo(String.class).one();
        } catch (JdbiException e) {
          // the connection is gone, and its locks with it
        }
      }
    } finally {
      handle.close();
    }
  }

  /** A subject's advisory lock key; two subjects sharing one only wait for each other needlessly. */
  static long lockKey(String subject) {
    long hash = 1125899906842597L;
    for (int i = 0; i < subject.length(); i++) {
      hash = 31 * hash + subject.charAt(i);
    }
    return hash;
  }

  /**
   * Tells the other nodes, once this transaction commits, that something changed (nothing to do on
   * SQLite, which has no other nodes). A payload too long for a notification says "everything".
   */
  void announce(Handle h, String payload) {
    if (dialect == Dialect.POSTGRESQL) {
      String sent = payload.length() > StoreChanges.LONGEST_PAYLOAD ? StoreChanges.EVERYTHING : payload;
      h.createQuery("SELECT pg_notify(?, ?)").bind(0, CHANNEL).bind(1, origin + sent).mapTo(String.class).one();
    }
  }

  /**
   * What a notification tells this store: its payload without the sender's mark, or null when this
   * store sent it. A payload without a mark (from an older node) is taken as it is.
   */
  String heard(String notification) {
    if (notification.startsWith(origin)) {
      return null;
    }
    int markEnd = notification.startsWith("#") ? notification.indexOf('#', 1) : -1;
    return markEnd < 0 ? notification : notification.substring(markEnd + 1);
  }

  private StoreException failure(String what, JdbiException e) {
    String message = rootMessage(e);
    if (isUnavailable(e)) {
      availability.lost(message);
      return new StoreUnavailable("The database is unavailable (" + message + "); try again shortly.", e);
    }
    if (!what.equals("read") && isConstraintConflict(e)) {
      return new StoreConflict("The change conflicts with what is stored (" + message
          + "), perhaps written a moment before by another request; nothing was changed.", e);
    }
    return new StoreException("The database could not be " + what + ": " + message, e);
  }

  /**
   * Whether the database could not be reached or did not answer in time: no connection within the
   * pool's wait (SQLSTATE class 08 or a transient connection failure), the server shutting down
   * (57P01-57P03), or a lock or statement timeout (55P03, 57014).
   */
  static boolean isUnavailable(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("55P03") || state.equals("57014")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the database refused the write for a UNIQUE, PRIMARY KEY or other constraint. */
  private static boolean isConstraintConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite
          && (sqlite.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
        return true;
      }
      // class 23: integrity constraint violation; 2200H: a sequence reached its end (ids never wrap)
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("2200H"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} or one of its causes is an SQL failure with {@code state}. */
  static boolean hasSqlState(Throwable e, String state) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
