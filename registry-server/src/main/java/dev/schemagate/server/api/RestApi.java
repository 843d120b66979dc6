package dev.schemagate.server.api;

import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.metrics.ServerMetrics;
import io.javalin.config.JavalinConfig;

/** The Confluent-compatible REST API: every route group and the error mapping, installed into Javalin. */
public final class RestApi {
  private RestApi() {}

  /**
   * @param maxInFlightBodyBytes how many bytes of request bodies are read and worked on at once
   * @param metrics what {@code /metrics} answers besides the Confluent-named meters
   */
  public static void install(JavalinConfig config, Registry registry, long maxInFlightBodyBytes, ServerMetrics metrics) {
    ErrorMapping.install(config);
    long maxRequestSize = config.http.maxRequestSize;
    config.routes.before(ctx -> Http.refuseDeclaredOversize(ctx, maxRequestSize));
    InFlightBodies.install(config, Math.max(maxInFlightBodyBytes, maxRequestSize), maxRequestSize);
    new ServerRoutes(registry, metrics).install(config);
    new SubjectRoutes(registry).install(config.routes);
    new SchemaRoutes(registry).install(config.routes);
    new CompatibilityRoutes(registry).install(config.routes);
    new SettingsRoutes(registry).install(config.routes);
  }

  /** The web console at {@code /ui}: its files and the few JSON answers it needs beyond the REST API. */
  public static void installConsole(JavalinConfig config, Registry registry) {
    new ConsoleAssets().install(config.routes);
    new ConsoleRoutes(registry).install(config.routes);
  }
}
