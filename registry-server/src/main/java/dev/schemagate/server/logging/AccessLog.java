package dev.schemagate.server.logging;

import dev.schemagate.server.api.Callers;
import dev.schemagate.server.metrics.ServerMetrics;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per answered request: method, route template, status, duration and, when authentication
 * is on, the caller. Only those: never the raw path or query (which may carry a token), headers
 * (credentials) or bodies (schemas that may be confidential).
 */
public final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("dev.schemagate.server.access");

  private final boolean namesCaller;

  /** @param namesCaller whether requests have callers (authentication is on) */
  public AccessLog(boolean namesCaller) {
    this.namesCaller = namesCaller;
  }

  public void answered(Context ctx, float millis) {
    var line = LOG.atInfo()
        .addKeyValue("method", ctx.method().name())
        .addKeyValue("route", ServerMetrics.route(ctx))
        .addKeyValue("status", ctx.statusCode())
        .addKeyValue("duration_ms", Math.round(millis * 10) / 10.0);
    if (namesCaller) {
      line = line.addKeyValue("caller", Callers.who(ctx));
    }
    line.log("request");
  }
}
