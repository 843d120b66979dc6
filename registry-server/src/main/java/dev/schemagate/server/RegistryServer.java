package dev.schemagate.server;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.api.RestApi;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.SchemaStore;
import io.javalin.Javalin;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;

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
  private final ServerConfig config;
  private SchemaStore store;
  private Javalin app;

  private RegistryServer(ServerConfig config) {
    this.config = config;
  }

  public static RegistryServer create(Consumer<ServerConfig> configure) {
    ServerConfig config = new ServerConfig();
    Objects.requireNonNull(configure, "configure").accept(config);
    return new RegistryServer(config);
  }

  /** Opens the database (creating and migrating it as needed) and starts listening. */
  public synchronized RegistryServer start() {
    if (app != null) {
      throw new IllegalStateException("the server is already started");
    }
    store = JdbiSchemaStore.sqlite(config.jdbcUrl());
    Registry registry = Registry.over(store, config.defaultCompatibility());
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
                RestApi.install(javalin, registry);
              });
      app.start();
      warmUp();
    } catch (RuntimeException e) {
      store.close();
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
      for (SchemaType type : SchemaType.values()) {
        String text = switch (type) {
          case AVRO -> "{\"type\":\"record\",\"name\":\"W\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
          case JSON -> "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}";
          case PROTOBUF -> "syntax = \"proto3\"; message W { string a = 1; }";
        };
        ParsedSchema schema = SchemaParser.parse(type, text);
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

  /** {@code http://HOST:PORT}, with {@code 127.0.0.1} for a server bound to every interface. */
  public String url() {
    String host = config.host();
    if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }

  public ServerConfig config() {
    return config;
  }

  /** Stops accepting requests, lets those in flight finish, then closes the database. */
  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
      app = null;
    }
    if (store != null) {
      store.close();
      store = null;
    }
  }

  private void requireStarted() {
    if (app == null) {
      throw new IllegalStateException("the server is not started; call start() first");
    }
  }
}
