package dev.schemagate.server.api;

import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.server.registry.Registry;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /compatibility}: may this schema become the next version? */
final class CompatibilityRoutes {
  private final Registry registry;

  CompatibilityRoutes(Registry registry) {
    this.registry = registry;
  }

  void install(RoutesConfig routes) {
    routes.post("/compatibility/subjects/{subject}/versions", this::againstSubject);
    routes.post("/compatibility/subjects/{subject}/versions/{version}", this::againstVersion);
  }

  private void againstSubject(Context ctx) {
    var request = SchemaBodies.decode(Http.body(ctx));
    CompatibilityReport report = registry.compatibility().checkAgainstSubject(Http.subject(ctx, registry), request);
    Http.ok(ctx, Reports.compatibility(report, Http.flag(ctx, "verbose")));
  }

  private void againstVersion(Context ctx) {
    var selector = SubjectRoutes.selector(ctx);
    var request = SchemaBodies.decode(Http.body(ctx));
    CompatibilityReport report = registry.compatibility().checkAgainstVersion(Http.subject(ctx, registry), selector, request);
    Http.ok(ctx, Reports.compatibility(report, Http.flag(ctx, "verbose")));
  }
}
