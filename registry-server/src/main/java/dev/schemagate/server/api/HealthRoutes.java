package dev.schemagate.server.api;

import dev.schemagate.server.registry.ErrorCode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Probes for load balancers and orchestrators, open without credentials like {@code GET /}:
 * {@code GET /health/live} answers while the process serves HTTP at all (restart it when it does
 * not); {@code GET /health/ready} answers 200 while the node can reach its database and the
 * database has the schema this server migrated it to, and 503 in Confluent's error shape with the
 * reason while not, so that traffic goes to other nodes until this one recovers by itself.
 * {@code GET /ready} is the readiness probe under its first name.
 */
public final class HealthRoutes {
  private final Supplier<Optional<String>> notReady;

  /** @param notReady why the node cannot serve now, or empty when it can */
  public HealthRoutes(Supplier<Optional<String>> notReady) {
    this.notReady = notReady;
  }

  public void install(JavalinConfig config) {
    config.routes.get("/health/live", ctx -> Http.ok(ctx, Http.object().put("live", true)));
    config.routes.get("/health/ready", this::ready);
    config.routes.get("/ready", this::ready);
  }

  private void ready(Context ctx) {
    Optional<String> reason = notReady.get();
    if (reason.isEmpty()) {
      Http.ok(ctx, Http.object().put("ready", true));
    } else {
      ErrorMapping.error(ctx, 503, ErrorCode.STORE_ERROR.code(), reason.get());
    }
  }
}
