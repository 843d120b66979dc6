package dev.schemagate.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jdbi.v3.core.ConnectionFactory;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections to one SQLite database file, kept open between uses. Every connection runs in WAL
 * mode with a busy timeout and foreign keys on. Transactions begin IMMEDIATE, so two writers queue
 * on the busy timeout instead of failing half-way.
 *
 * <p>Durability: {@code synchronous=FULL}. In WAL mode a commit appends to the WAL file; with
 * NORMAL that append reaches the operating system but is fsynced only at the next checkpoint, so a
 * commit survives the process dying (kill -9, a crash, an OOM kill) but not a power loss or a
 * kernel crash, which can roll back the last transactions. For a registry that is the wrong trade:
 * producers write the answered id into every message at once, and a rolled-back registration would
 * hand the same id to another schema after the restart (the AUTOINCREMENT counter rolls back with
 * the row), so consumers would decode with the wrong schema. FULL fsyncs the WAL before a commit
 * returns, so an answered write survives both. It costs one fsync per write; reads, the hot path,
 * are not affected, and writes are one at a time anyway (see {@link StoreAccess}).
 */
final class SqliteConnections implements ConnectionFactory {
  static final int BUSY_TIMEOUT_MILLIS = 10_000;
  private static final int IDLE_CONNECTIONS = 16;

  private final String url;
  private final SQLiteConfig config;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE_CONNECTIONS);
  private volatile boolean closed;

  SqliteConnections(String url) {
    this.url = url;
    this.config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
  }

  /** The same database and settings as a {@link DataSource}, for the migrations. */
  DataSource dataSource() {
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  @Override
  public Connection openConnection() throws SQLException {
    Connection connection = idle.poll();
    while (connection != null && connection.isClosed()) {
      connection = idle.poll();
    }
    return connection != null ? connection : config.createConnection(url);
  }

  @Override
  public void closeConnection(Connection connection) throws SQLException {
    if (closed || connection.isClosed() || !connection.getAutoCommit() || !idle.offer(connection)) {
      connection.close();
    }
  }

  /** Closes the idle connections; connections in use close when they are handed back. */
  void close() {
    closed = true;
    Connection connection;
    while ((connection = idle.poll()) != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing is best effort: the file is consistent after every commit
      }
    }
  }
}
