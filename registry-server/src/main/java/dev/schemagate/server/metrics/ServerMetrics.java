package dev.schemagate.server.metrics;

import com.zaxxer.hikari.HikariDataSource;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The meters of one running server, in Prometheus's registry: HTTP requests, the JVM and the
 * process, and the connection pool; the use cases and the store add theirs to the same registry.
 */
public final class ServerMetrics implements AutoCloseable {
  /** The route of a request that matched none, so that unknown paths do not each become a series. */
  public static final String UNMATCHED = "unmatched";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmInfoMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** Reports the pool's connections (HikariCP's own meters) when the store has a pool. */
  public void bindPool(DataSource pool) {
    if (pool instanceof HikariDataSource hikari) {
      hikari.setMetricRegistry(registry);
    }
  }

  /** Counts and times an answered request by method, route template and status. */
  public void requestAnswered(Context ctx, float millis) {
    Timers.timer(registry, "http.server.requests", "HTTP requests answered, by method, route template and status.",
        "method", ctx.method().name(), "route", route(ctx), "status", Integer.toString(ctx.statusCode()))
        .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
  }

  /** The route template a request matched ({@code /subjects/{subject}/versions}), never its raw path. */
  public static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint == null ? UNMATCHED : endpoint.path;
  }

  /** Everything in Prometheus's text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
