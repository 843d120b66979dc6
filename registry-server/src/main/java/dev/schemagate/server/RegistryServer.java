package dev.schemagate.server;

import dev.schemagate.server.api.RestApi;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.SchemaStore;
import io.javalin.Javalin;
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
    } catch (RuntimeException e) {
      store.close();
      app = null;
      throw e;
    }
    return this;
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
