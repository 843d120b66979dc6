package dev.schemagate.server.api;

import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.metrics.ServerMetrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.concurrent.atomic.LongAdder;

/**
 * What describes the server rather than the schemas: {@code GET /}, its version and cluster id,
 * the contexts it has (only the default one), and Prometheus metrics under the names Confluent's
 * registry exports.
 */
final class ServerRoutes {
  private static final String VERSION =
      ServerRoutes.class.getPackage().getImplementationVersion() == null
          ? "development"
          : ServerRoutes.class.getPackage().getImplementationVersion();

  private final Registry registry;
  private final ServerMetrics meters;
  private final LongAdder successes = new LongAdder();
  private final LongAdder failures = new LongAdder();

  ServerRoutes(Registry registry, ServerMetrics meters) {
    this.registry = registry;
    this.meters = meters;
  }

  void install(JavalinConfig config) {
    config.routes.get("/", ctx -> Http.ok(ctx, Http.object()));
    config.routes.get("/v1/metadata/id", ctx -> {
      var body = Http.object();
      var scope = body.putObject("scope");
      scope.putArray("path");
      scope.putObject("clusters").put("schema-registry-cluster", "schemagate");
      body.put("id", "schemagate");
      Http.ok(ctx, body);
    });
    config.routes.get("/v1/metadata/version", ctx -> Http.ok(ctx, Http.object().put("version", VERSION).put("commitId", "")));
    config.routes.get("/contexts", ctx -> Http.ok(ctx, Http.MAPPER.createArrayNode().add(".")));
    config.routes.get("/metrics", this::metrics);
    config.requestLogger.http((ctx, millis) -> (ctx.statusCode() < 400 ? successes : failures).increment());
  }

  /**
   * Micrometer's meters, then the five Confluent-named ones exactly as Confluent's registry and this
   * one always exposed them (counters without Prometheus's {@code _total} suffix, whole numbers),
   * so that existing dashboards and alerts on those names keep working.
   */
  private void metrics(Context ctx) {
    StringBuilder text = new StringBuilder(meters.scrape());
    metric(text, "kafka_schema_registry_registered_count", "gauge", "Schema versions registered and not deleted.",
        registry.reads().registeredVersions());
    metric(text, "kafka_schema_registry_api_success_count", "counter", "Requests answered with a success.", successes.sum());
    metric(text, "kafka_schema_registry_api_failure_count", "counter", "Requests answered with an error.", failures.sum());
    metric(text, "kafka_schema_registry_master_slave_role", "gauge", "1: this node is the leader (always, it is alone).", 1);
    metric(text, "kafka_schema_registry_node_count", "gauge", "Registry nodes serving the data.", 1);
    ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(text.toString());
  }

  private static void metric(StringBuilder text, String name, String type, String help, long value) {
    text.append("# HELP ").append(name).append(' ').append(help).append('\n');
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    text.append(name).append(' ').append(value).append('\n');
  }
}
