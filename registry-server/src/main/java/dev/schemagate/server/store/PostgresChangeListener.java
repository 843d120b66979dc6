package dev.schemagate.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears what the other nodes change (PostgreSQL LISTEN/NOTIFY, delivered when the writing
 * transaction commits, usually within milliseconds) and hands it to memory in front of the store.
 * While it has no connection it cannot hear anything, so it says "everything may have changed"
 * every {@link #FALLBACK_MILLIS} until it is connected again, and once more then: memory is never
 * more than that stale even when notifications are lost.
 */
final class PostgresChangeListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeListener.class);
  /** How stale memory may get while notifications cannot be heard. */
  static final long FALLBACK_MILLIS = 500;
  /** How long one wait for notifications lasts; also how often a silent connection is checked. */
  private static final int POLL_MILLIS = 250;

  private final PostgresConnections connections;
  private final StoreAccess access;
  private final StoreChanges changes;
  private final CountDownLatch firstAttempt = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean closed;
  private volatile boolean listening;
  private volatile Connection current;

  PostgresChangeListener(PostgresConnections connections, StoreAccess access, StoreChanges changes) {
    this.connections = connections;
    this.access = access;
    this.changes = changes;
    this.thread = new Thread(this::run, "store-changes");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits until the first connection was made or failed, at most {@code millis}: a node that starts
   * serving before it listens would drop all it read in its first moments when the listener comes up.
   */
  void awaitFirstAttempt(long millis) {
    try {
      firstAttempt.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether notifications are being heard right now. */
  boolean listening() {
    return listening;
  }

  private void run() {
    boolean warned = false;
    while (!closed) {
      long connecting = System.nanoTime();
      try (Connection connection = connections.dedicated()) {
        current = connection;
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + StoreAccess.CHANNEL);
        }
        listening = true;
        access.availability().answered(connecting);
        if (warned) {
          LOG.info("Hearing other nodes' changes again");
          warned = false;
        }
        changes.everythingMayHaveChanged(); // whatever happened while nobody listened
        firstAttempt.countDown();
        listen(connection.unwrap(PGConnection.class), connection);
      } catch (SQLException | RuntimeException e) {
        if (closed) {
          return;
        }
        if (StoreAccess.isUnavailable(e)) {
          access.availability().lost(StoreAccess.rootMessage(e)); // the one line of an outage, whoever notices first
        } else if (!warned) {
          LOG.warn("Cannot hear other nodes' changes ({}); reading mutable data again every {} ms until reconnected",
              StoreAccess.rootMessage(e), FALLBACK_MILLIS);
          warned = true;
        }
      } finally {
        firstAttempt.countDown();
        listening = false;
        current = null;
      }
      if (!closed) {
        changes.everythingMayHaveChanged();
        pause();
      }
    }
  }

  private void listen(PGConnection listener, Connection connection) throws SQLException {
    long lastCheck = System.nanoTime();
    while (!closed) {
      PGNotification[] notifications = listener.getNotifications(POLL_MILLIS);
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          String payload = access.heard(PostgresText.decode(notification.getParameter()));
          if (payload != null) {
            StoreChanges.dispatch(payload, changes);
          }
        }
      }
      // a connection that died without a word delivers nothing either: check it now and then
      if (System.nanoTime() - lastCheck > FALLBACK_MILLIS * 1_000_000) {
        if (!connection.isValid(1)) {
          throw new SQLException("the listening connection stopped answering", "08006");
        }
        lastCheck = System.nanoTime();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(FALLBACK_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection connection = current;
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing is best effort; the thread stops at its next poll
      }
    }
    thread.interrupt();
  }
}
