package dev.schemagate.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Connections to one PostgreSQL database: a pool for requests, and single connections outside it
 * for the change listener and the migration lock. The user and password are taken out of the URL
 * and handed to the driver as properties, so that no URL this class passes on (to the pool, to
 * Flyway, to a log line) holds them.
 *
 * <p>Every wait is bounded: a connection from the pool within {@link #CONNECTION_WAIT_MILLIS}, a
 * new connection within {@link #CONNECT_TIMEOUT_SECONDS}, a lock within {@link #LOCK_TIMEOUT_MILLIS},
 * a statement within {@link #STATEMENT_TIMEOUT_MILLIS}; past any of them the request fails with
 * {@link StoreUnavailable} instead of hanging.
 */
final class PostgresConnections implements AutoCloseable {
  static final long CONNECTION_WAIT_MILLIS = 3_000;
  static final int CONNECT_TIMEOUT_SECONDS = 3;
  static final int SOCKET_TIMEOUT_SECONDS = 30;
  static final long LOCK_TIMEOUT_MILLIS = 10_000;
  static final long STATEMENT_TIMEOUT_MILLIS = 20_000;

  private final String url;
  private final Properties properties;
  private final HikariDataSource pool;

  /**
   * @param jdbcUrl {@code jdbc:postgresql://HOST:PORT/DATABASE}, optionally with {@code user} and
   *     {@code password} parameters
   * @param user the user, or null for the URL's (or the driver's default)
   * @param password the password, or null for the URL's
   * @param poolSize the most connections this node keeps open
   */
  PostgresConnections(String jdbcUrl, String user, String password, int poolSize) {
    Properties fromUrl = new Properties();
    this.url = withoutCredentials(jdbcUrl, fromUrl);
    this.properties = new Properties();
    properties.putAll(fromUrl);
    if (user != null && !user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
    properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("ApplicationName", "schemagate-registry");
    properties.setProperty("options",
        "-c lock_timeout=" + LOCK_TIMEOUT_MILLIS + " -c statement_timeout=" + STATEMENT_TIMEOUT_MILLIS);

    HikariConfig config = new HikariConfig();
    config.setPoolName("schemagate");
    config.setJdbcUrl(url);
    config.setDataSourceProperties(properties);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(Math.min(2, poolSize));
    config.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
    config.setValidationTimeout(1_000);
    try {
      this.pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new StoreUnavailable("Could not connect to the PostgreSQL database " + describe() + ": "
          + StoreAccess.rootMessage(e) + "; check --db, SCHEMAGATE_DB_USER and SCHEMAGATE_DB_PASSWORD.", e);
    }
  }

  DataSource dataSource() {
    return pool;
  }

  /** A connection of its own, outside the pool, for something held open a long time. */
  Connection dedicated() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  /** Host, port and database, without user or password: what a log line may show. */
  String describe() {
    String rest = url.substring("jdbc:postgresql://".length());
    int query = rest.indexOf('?');
    return query >= 0 ? rest.substring(0, query) : rest;
  }

  @Override
  public void close() {
    pool.close();
  }

  /** The URL less its {@code user} and {@code password} parameters, which go into {@code taken}. */
  static String withoutCredentials(String jdbcUrl, Properties taken) {
    int query = jdbcUrl.indexOf('?');
    if (query < 0) {
      return jdbcUrl;
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : jdbcUrl.substring(query + 1).split("&")) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (name.equals("user") || name.equals("password")) {
        taken.setProperty(name, URLDecoder.decode(equals < 0 ? "" : parameter.substring(equals + 1), StandardCharsets.UTF_8));
      } else if (!parameter.isEmpty()) {
        kept.add(parameter);
      }
    }
    return jdbcUrl.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }
}
