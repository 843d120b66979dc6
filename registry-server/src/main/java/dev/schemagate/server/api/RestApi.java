package dev.schemagate.server.api;

import dev.schemagate.server.registry.Registry;
import io.javalin.config.JavalinConfig;

/** The Confluent-compatible REST API: every route group and the error mapping, installed into Javalin. */
public final class RestApi {
  private RestApi() {}

  public static void install(JavalinConfig config, Registry registry) {
    ErrorMapping.install(config);
    long maxRequestSize = config.http.maxRequestSize;
    config.routes.before(ctx -> Http.refuseDeclaredOversize(ctx, maxRequestSize));
    new ServerRoutes(registry).install(config);
    new SubjectRoutes(registry).install(config.routes);
    new SchemaRoutes(registry).install(config.routes);
    new CompatibilityRoutes(registry).install(config.routes);
    new SettingsRoutes(registry).install(config.routes);
  }
}
