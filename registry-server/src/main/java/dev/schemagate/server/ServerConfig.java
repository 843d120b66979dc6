package dev.schemagate.server;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.store.JdbiSchemaStore;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link RegistryServer} runs: where it listens, which database it keeps its data in, the
 * compatibility level of subjects nobody configured, the largest request it reads, and how many
 * schemas it keeps in memory.
 */
public final class ServerConfig {
  /** Confluent's port. */
  public static final int DEFAULT_PORT = 8081;
  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final Path DEFAULT_DATABASE = Path.of("schemagate.db");
  /**
   * Large enough for any real schema with its references, small enough to refuse a flood: 8 MB, or
   * a 64th of the heap when that is less, since a parsed schema takes up to about 13 bytes a character.
   */
  public static final long DEFAULT_MAX_REQUEST_BYTES = shareOfHeap(8, 64);
  /** Four bodies of the largest size at once (32 MB), or a 32nd of the heap when that is less. */
  public static final long DEFAULT_MAX_IN_FLIGHT_BODY_BYTES = shareOfHeap(32, 32);

  /** {@code share} of the JVM's heap, in whole megabytes (at least one), but never more than {@code capMegabytes}. */
  static long shareOfHeap(long capMegabytes, int share) {
    return shareOfHeap(capMegabytes, share, Runtime.getRuntime().maxMemory());
  }

  static long shareOfHeap(long capMegabytes, int share, long heapBytes) {
    long megabyte = 1024L * 1024;
    long megabytes = Math.max(1, Math.round((double) heapBytes / share / megabyte));
    return Math.min(capMegabytes, megabytes) * megabyte;
  }

  private String host = DEFAULT_HOST;
  private int port = DEFAULT_PORT;
  private String jdbcUrl = JdbiSchemaStore.sqliteUrl(DEFAULT_DATABASE);
  private String databaseUser;
  private String databasePassword;
  private int databasePoolSize = JdbiSchemaStore.DEFAULT_POOL_SIZE;
  private CompatibilityLevel defaultCompatibility = CompatibilityLevel.BACKWARD;
  private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
  private long schemaCacheBytes;
  private long maxInFlightBodyBytes = DEFAULT_MAX_IN_FLIGHT_BODY_BYTES;
  private long requestTimeoutMillis = Registry.DEFAULT_WORK_DEADLINE_MILLIS;
  private boolean ui = true;
  private AuthConfig auth;
  private Path tlsCertificate;
  private Path tlsKey;
  private java.util.List<String> corsOrigins = java.util.List.of();

  ServerConfig() {}

  /** The address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0} for every interface. */
  public ServerConfig host(String host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  /** The port to listen on; 0 picks any free port (see {@link RegistryServer#port()}). */
  public ServerConfig port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    this.port = port;
    return this;
  }

  /** An SQLite database file, created on first start; its folder must exist. */
  public ServerConfig database(Path file) {
    this.jdbcUrl = JdbiSchemaStore.sqliteUrl(Objects.requireNonNull(file, "file"));
    return this;
  }

  /**
   * A JDBC URL: {@code jdbc:sqlite:/var/lib/schemagate/registry.db}, or
   * {@code jdbc:postgresql://HOST:PORT/DATABASE} for a database several server nodes share. An
   * in-memory or temporary SQLite database is refused: every connection would get a database of its
   * own, empty, and the data would go when a connection closes.
   */
  public ServerConfig jdbcUrl(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (JdbiSchemaStore.isPostgresql(jdbcUrl)) {
      if (!jdbcUrl.startsWith("jdbc:postgresql://") || jdbcUrl.length() == "jdbc:postgresql://".length()) {
        throw new IllegalArgumentException("the PostgreSQL URL must name the server and database:"
            + " jdbc:postgresql://HOST:PORT/DATABASE");
      }
      this.jdbcUrl = jdbcUrl;
      return this;
    }
    if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
      throw new IllegalArgumentException("unsupported database URL; SchemaGate stores its data in SQLite"
          + " (jdbc:sqlite:<file>) or PostgreSQL (jdbc:postgresql://HOST:PORT/DATABASE)");
    }
    String location = jdbcUrl.substring("jdbc:sqlite:".length());
    if (location.isEmpty() || location.contains(":memory:") || location.contains("mode=memory")) {
      throw new IllegalArgumentException("the database " + jdbcUrl + " would live in memory, a new empty one for each"
          + " connection, and be lost on stop; give a database file: jdbc:sqlite:<file>");
    }
    this.jdbcUrl = jdbcUrl;
    return this;
  }

  /**
   * The PostgreSQL user and password, when the URL does not carry them. Kept only to connect:
   * never logged, never part of an answer.
   */
  public ServerConfig databaseLogin(String user, String password) {
    this.databaseUser = user;
    this.databasePassword = password;
    return this;
  }

  public String databaseUser() {
    return databaseUser;
  }

  public String databasePassword() {
    return databasePassword;
  }

  /** The most PostgreSQL connections this node keeps open (see README, "Sizing"). */
  public ServerConfig databasePoolSize(int connections) {
    if (connections < 1 || connections > 1000) {
      throw new IllegalArgumentException("the pool size must be from 1 to 1000 connections, not " + connections);
    }
    this.databasePoolSize = connections;
    return this;
  }

  public int databasePoolSize() {
    return databasePoolSize;
  }

  /** The level of subjects without their own configuration, until {@code PUT /config} changes it. */
  public ServerConfig defaultCompatibility(CompatibilityLevel level) {
    this.defaultCompatibility = Objects.requireNonNull(level, "level");
    return this;
  }

  /** Requests with a larger body are refused with 413. */
  public ServerConfig maxRequestBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("the maximum request size must be at least 1024 bytes, not " + bytes);
    }
    this.maxRequestBytes = bytes;
    return this;
  }

  /**
   * How much heap schemas, their parsed forms and subject histories may take in memory together;
   * each is weighed by an estimate of its memory. Unless set, {@link Registry#defaultCacheBytes()}.
   */
  public ServerConfig schemaCacheBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("the schema cache memory must be at least 1 byte, not " + bytes);
    }
    this.schemaCacheBytes = bytes;
    return this;
  }

  /**
   * The cache sized as before it was sized by memory: {@code size} schemas of about
   * {@link Registry#BYTES_PER_COUNTED_SCHEMA} each.
   *
   * @deprecated use {@link #schemaCacheBytes(long)}
   */
  @Deprecated
  public ServerConfig schemaCacheSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("the schema cache size must be at least 1, not " + size);
    }
    return schemaCacheBytes(size * Registry.BYTES_PER_COUNTED_SCHEMA);
  }

  /**
   * How many bytes of request bodies are read and worked on at once; a request past it waits up to a
   * second, then gets 429. Never less than {@link #maxRequestBytes(long)}.
   */
  public ServerConfig maxInFlightBodyBytes(long bytes) {
    if (bytes < 1024) {
      throw new IllegalArgumentException("the in-flight body limit must be at least 1024 bytes, not " + bytes);
    }
    this.maxInFlightBodyBytes = bytes;
    return this;
  }

  /**
   * How long one request may parse and check schemas; past it the work stops and the request gets
   * 42209. 0 turns the deadline off.
   */
  public ServerConfig requestTimeoutMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("the request timeout must be 0 (none) or more milliseconds, not " + millis);
    }
    this.requestTimeoutMillis = millis;
    return this;
  }

  /** Whether the web console is served at {@code /ui} (it is unless turned off). */
  public ServerConfig ui(boolean served) {
    this.ui = served;
    return this;
  }

  public boolean ui() {
    return ui;
  }

  public long maxInFlightBodyBytes() {
    return maxInFlightBodyBytes;
  }

  public long requestTimeoutMillis() {
    return requestTimeoutMillis;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public CompatibilityLevel defaultCompatibility() {
    return defaultCompatibility;
  }

  public long maxRequestBytes() {
    return maxRequestBytes;
  }

  /** The heap schemas, parsed forms and histories may take: as set, else {@link Registry#defaultCacheBytes()}. */
  public long schemaCacheBytes() {
    return schemaCacheBytes > 0 ? schemaCacheBytes : Registry.defaultCacheBytes();
  }

  /** Who may do what (see {@link AuthConfig}); null, the default, lets anyone who reaches the port do anything. */
  public ServerConfig auth(AuthConfig auth) {
    this.auth = auth;
    return this;
  }

  public AuthConfig auth() {
    return auth;
  }

  /**
   * The origins whose browser pages may call the API ({@code https://console.example.com}, or
   * {@code *} for any); none, the default, turns cross-origin requests off.
   *
   * @throws IllegalArgumentException naming an origin that is not one
   */
  public ServerConfig corsOrigins(java.util.List<String> origins) {
    this.corsOrigins = origins.stream().map(dev.schemagate.server.api.Cors::origin).toList();
    return this;
  }

  public java.util.List<String> corsOrigins() {
    return corsOrigins;
  }

  /** Serves HTTPS with this PEM certificate chain and PEM (PKCS#8) private key instead of HTTP. */
  public ServerConfig tls(Path certificate, Path key) {
    this.tlsCertificate = Objects.requireNonNull(certificate, "certificate");
    this.tlsKey = Objects.requireNonNull(key, "key");
    return this;
  }

  public Path tlsCertificate() {
    return tlsCertificate;
  }

  public Path tlsKey() {
    return tlsKey;
  }
}
