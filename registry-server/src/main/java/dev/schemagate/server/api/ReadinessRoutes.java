package dev.schemagate.server.api;

import dev.schemagate.server.registry.ErrorCode;
import io.javalin.config.JavalinConfig;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /ready} for load balancers and orchestrators: 200 while the node can reach its
 * database, 503 in Confluent's error shape while it cannot, so that traffic goes to other nodes
 * until this one recovers by itself. Open without credentials, like {@code GET /}.
 */
public final class ReadinessRoutes {
  private final BooleanSupplier storeReachable;

  public ReadinessRoutes(BooleanSupplier storeReachable) {
    this.storeReachable = storeReachable;
  }

  public void install(JavalinConfig config) {
    config.routes.get("/ready", ctx -> {
      if (storeReachable.getAsBoolean()) {
        Http.ok(ctx, Http.object().put("ready", true));
      } else {
        ErrorMapping.error(ctx, 503, ErrorCode.STORE_ERROR.code(),
            "This node cannot reach its database; requests that need it get 503 until it is back.");
      }
    });
  }
}
