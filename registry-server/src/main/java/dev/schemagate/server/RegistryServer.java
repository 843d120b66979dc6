package dev.schemagate.server;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.language.SchemaLanguage;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.server.api.AuditRoutes;
import dev.schemagate.server.api.Cors;
import dev.schemagate.server.api.JsonErrorPages;
import dev.schemagate.server.api.HealthRoutes;
import dev.schemagate.server.api.RestApi;
import dev.schemagate.server.auth.Authentication;
import dev.schemagate.server.logging.AccessLog;
import dev.schemagate.server.metrics.ServerMetrics;
import dev.schemagate.server.metrics.TimedStore;
import dev.schemagate.server.registry.AuditTrail;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.tls.HttpsConnector;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.SchemaStore;
import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * A running registry: the REST API on Javalin over an SQLite store. Start one in a test or a tool
 * the way Javalin starts:
 *
 * <pre>{@code
 * try (RegistryServer server = RegistryServer.create(config -> {
 *       config.host("127.0.0.1");
 *       config.port(0);
 *       config.database(Path.of("target/registry.db"));
 *     }).start()) {
 *   String url = server.url(); // http://127.0.0.1:PORT
 * }
 * }</pre>
 */
public final class RegistryServer implements AutoCloseable {
  /** How long {@link #close()} waits for requests in flight. */
  static final long STOP_TIMEOUT_MILLIS = 30_000;

  private final ServerConfig config;
  private SchemaStore store;
  private Javalin app;
  private GracefulHandler graceful;
  private ServerMetrics metrics;

  private RegistryServer(ServerConfig config) {
    this.config = config;
  }

  public static RegistryServer create(Consumer<ServerConfig> configure) {
    ServerConfig config = new ServerConfig();
    Objects.requireNonNull(configure, "configure").accept(config);
    return new RegistryServer(config);
  }

  /**
   * Checks that it can listen on the configured address, then opens the database (creating and
   * migrating it as needed) and starts listening.
   */
  public synchronized RegistryServer start() {
    if (app != null) {
      throw new IllegalStateException("the server is already started");
    }
    ListenAddress.requireBindable(config.host(), config.port());
    JdbiSchemaStore opened = JdbiSchemaStore.open(
        config.jdbcUrl(), config.databaseUser(), config.databasePassword(), config.databasePoolSize());
    store = opened;
    metrics = new ServerMetrics();
    opened.pool().ifPresent(metrics::bindPool);
    AuditTrail audit = new AuditTrail(opened.auditLog(), java.time.Clock.systemUTC());
    graceful = new GracefulHandler();
    Registry registry = Registry.over(TimedStore.over(store, metrics.registry()), config.defaultCompatibility(),
        config.schemaCacheBytes(), config.requestTimeoutMillis(), metrics.registry());
    try {
      app =
          Javalin.create(
              javalin -> {
                javalin.startup.showJavalinBanner = false;
                javalin.startup.showOldJavalinVersionWarning = false;
                javalin.jetty.host = config.host();
                javalin.jetty.port = config.port();
                javalin.http.maxRequestSize = config.maxRequestBytes();
                javalin.http.prefer405over404 = true;
                javalin.router.ignoreTrailingSlashes = true;
                // subject names may hold an encoded slash: /subjects/a%2Fb/versions
                javalin.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.LEGACY));
                javalin.jetty.modifyServletContextHandler(context -> context.getServletHandler().setDecodeAmbiguousURIs(true));
                // close() refuses new requests (503) and waits for those in flight; see close()
                javalin.jetty.modifyServer(server -> {
                  server.insertHandler(graceful);
                  server.setErrorHandler(new JsonErrorPages());
                });
                if (config.tlsCertificate() != null) {
                  javalin.jetty.addConnector(HttpsConnector.of(config.host(), config.port(), config.tlsCertificate(), config.tlsKey()));
                }
                if (!config.corsOrigins().isEmpty()) {
                  Cors.install(javalin, config.corsOrigins(), config.auth() != null);
                }
                if (config.auth() != null) {
                  Authentication.install(javalin, config.auth(), registry);
                }
                javalin.requestLogger.http(metrics::requestAnswered);
                javalin.requestLogger.http(new AccessLog(config.auth() != null)::answered);
                RestApi.install(javalin, registry, config.maxInFlightBodyBytes(), metrics);
                if (config.ui()) {
                  RestApi.installConsole(javalin, registry);
                }
                new AuditRoutes(audit, registry).install(javalin);
                new HealthRoutes(opened::notReady).install(javalin);
              });
      app.start();
      warmUp();
    } catch (RuntimeException e) {
      store.close();
      metrics.close();
      app = null;
      throw e;
    }
    return this;
  }

  /**
   * Loads the schema parsers and checkers in the background, so that the first registration does
   * not pay a second of class loading while the server already answers.
   */
  private static void warmUp() {
    Thread thread = new Thread(() -> {
      for (SchemaLanguage language : SchemaLanguages.all()) {
        ParsedSchema schema = SchemaParser.parse(language.type(), language.example());
        CompatibilityChecker.create().check(schema, List.of(new VersionedSchema(1, schema)), CompatibilityLevel.FULL);
      }
    }, "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** The port it listens on: the configured one, or the one picked for port 0. */
  public int port() {
    requireStarted();
    return app.port();
  }

  /** {@code http://HOST:PORT} ({@code https} with TLS), with {@code 127.0.0.1} for a server bound to every interface. */
  public String url() {
    String host = config.host();
    if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return (config.tlsCertificate() == null ? "http://" : "https://") + host + ":" + port();
  }

  public ServerConfig config() {
    return config;
  }

  /** Which database the server keeps its data in and where, without credentials. */
  public String storeDescription() {
    requireStarted();
    return store.describe();
  }

  /** How many requests are being answered right now. */
  long requestsInFlight() {
    requireStarted();
    return graceful.getCurrentRequestCount();
  }

  /**
   * Refuses new requests, lets those in flight finish (for at most 30 s), stops listening, then
   * closes the database. Jetty's own graceful stop would do the same but pauses about a second even
   * when nothing is in flight; waiting on the graceful handler directly does not.
   */
  @Override
  public synchronized void close() {
    if (app != null) {
      try {
        graceful.shutdown().get(STOP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // requests still running after the timeout are cut off by stop()
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      app.stop();
      app = null;
    }
    if (store != null) {
      store.close();
      store = null;
    }
    if (metrics != null) {
      metrics.close();
      metrics = null;
    }
  }

  private void requireStarted() {
    if (app == null) {
      throw new IllegalStateException("the server is not started; call start() first");
    }
  }
}
