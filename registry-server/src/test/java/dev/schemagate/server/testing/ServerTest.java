package dev.schemagate.server.testing;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.store.JdbiSchemaStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real server on a free port with a fresh SQLite file before each test; with
 * {@code -Dschemagate.test.store=postgresql} on an emptied PostgreSQL database instead (one per test
 * class), so that the same behaviour tests run against both stores.
 */
public abstract class ServerTest {
  /** Whether this run's behaviour tests run on PostgreSQL rather than SQLite. */
  public static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("schemagate.test.store"));
  private static final java.util.Map<Class<?>, PostgresDatabase> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

  @TempDir protected Path dataDir;
  protected RegistryServer server;
  protected HttpClientForTests client;

  @BeforeEach
  void startServer() {
    server = RegistryServer.create(config -> {
      config.host("127.0.0.1");
      config.port(0);
      config.database(dataDir.resolve("registry.db"));
      config.defaultCompatibility(CompatibilityLevel.BACKWARD);
      onTestStore(config, getClass());
      configure(config);
    }).start();
    client = new HttpClientForTests(server.url());
  }

  /**
   * On a PostgreSQL run, points {@code config} at the test class's database, emptied, in place of
   * its SQLite file; on an SQLite run, leaves it as it is.
   */
  public static dev.schemagate.server.ServerConfig onTestStore(dev.schemagate.server.ServerConfig config, Class<?> testClass) {
    if (!ON_POSTGRESQL) {
      return config;
    }
    return config.jdbcUrl(emptiedDatabase(testClass).url()).databaseLogin(PostgresDatabase.USER, null).databasePoolSize(4);
  }

  /**
   * A store for a test of the use cases without a server: on an SQLite run at {@code file}, on a
   * PostgreSQL run the test class's database, emptied.
   */
  public static JdbiSchemaStore openTestStore(Path file, Class<?> testClass) {
    if (!ON_POSTGRESQL) {
      return JdbiSchemaStore.sqlite(JdbiSchemaStore.sqliteUrl(file));
    }
    return JdbiSchemaStore.postgresql(emptiedDatabase(testClass).url(), PostgresDatabase.USER, null, 4);
  }

  private static PostgresDatabase emptiedDatabase(Class<?> testClass) {
    PostgresDatabase database = DATABASES.computeIfAbsent(testClass,
        owner -> new PostgresDatabase(PostgresExtension.server(), PostgresExtension.server().createDatabase()));
    database.empty();
    return database;
  }

  /** The running server's store opened a second time, to look at what it holds without the API. */
  protected JdbiSchemaStore openServerStore() {
    dev.schemagate.server.ServerConfig running = server.config();
    return JdbiSchemaStore.open(running.jdbcUrl(), running.databaseUser(), running.databasePassword(), 2);
  }

  /** {@code config} on the store the running server uses, as it is (for a restart). */
  protected dev.schemagate.server.ServerConfig sameStore(dev.schemagate.server.ServerConfig config) {
    dev.schemagate.server.ServerConfig running = server.config();
    return config.jdbcUrl(running.jdbcUrl()).databaseLogin(running.databaseUser(), running.databasePassword())
        .databasePoolSize(running.databasePoolSize());
  }

  /** A JDBC connection to the store the running server uses, for what the API cannot do. */
  protected java.sql.Connection storeConnection() throws java.sql.SQLException {
    dev.schemagate.server.ServerConfig running = server.config();
    return running.databaseUser() == null
        ? java.sql.DriverManager.getConnection(running.jdbcUrl())
        : java.sql.DriverManager.getConnection(running.jdbcUrl(), running.databaseUser(), "");
  }

  /** Subclasses change the configuration here. */
  protected void configure(dev.schemagate.server.ServerConfig config) {}

  @AfterEach
  void stopServer() {
    server.close();
  }

  protected static final String USER_V1 = """
      {"type":"record","name":"User","fields":[{"name":"name","type":"string"}]}""";
  protected static final String USER_V2_WITH_DEFAULT = """
      {"type":"record","name":"User","fields":[{"name":"name","type":"string"},\
      {"name":"email","type":"string","default":""}]}""";
  protected static final String USER_V2_WITHOUT_DEFAULT = """
      {"type":"record","name":"User","fields":[{"name":"name","type":"string"},{"name":"age","type":"int"}]}""";
}
