package dev.schemagate.server.store;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers, as the store's requests find it, and one log line each time that
 * changes: an outage fails every request and breaks every pooled connection, and a line for each of
 * those (or a stack trace) would bury what happened. The lines name the database by host, port and
 * name only, never by a URL or login, and give the driver's reason without its stack.
 */
final class Availability {
  private static final Logger LOG = LoggerFactory.getLogger(Availability.class);

  private final String database;
  /** When the database was lost (System.nanoTime), or 0 while it answers. */
  private final AtomicLong lostAt = new AtomicLong();

  /** @param database what a log line calls the database, without credentials */
  Availability(String database) {
    this.database = database;
  }

  /** After a request found the database unreachable: logs the loss, once. */
  void lost(String reason) {
    if (lostAt.compareAndSet(0, Math.max(1, System.nanoTime()))) {
      LOG.warn("Database lost: {} ({}); requests answer 503 until it is back.", database, reason);
    }
  }

  /**
   * After a request that started at {@code startedAt} (System.nanoTime) was answered by the
   * database: logs its return, once, if it was lost. A request that started before the loss proves
   * nothing (it may have finished on a connection the outage had not reached yet), so it does not count.
   */
  void answered(long startedAt) {
    long since = lostAt.get();
    if (since != 0 && startedAt - since > 0 && lostAt.compareAndSet(since, 0)) {
      LOG.info("Database back: {}, after {} s.", database, String.format(java.util.Locale.ROOT, "%.1f",
          (System.nanoTime() - since) / 1e9));
    }
  }

  boolean isLost() {
    return lostAt.get() != 0;
  }
}
