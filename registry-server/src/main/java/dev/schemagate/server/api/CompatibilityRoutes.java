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

  // without verbose only the verdict is answered, so only the verdict is computed

  private void againstSubject(Context ctx) {
    var request = SchemaBodies.decode(Http.body(ctx));
    if (!Http.flag(ctx, "verbose")) {
      Http.ok(ctx, Reports.verdict(registry.compatibility().isCompatibleWithSubject(Http.subject(ctx, registry), request)));
      return;
    }
    CompatibilityReport report = registry.compatibility().checkAgainstSubject(Http.subject(ctx, registry), request);
    Http.ok(ctx, Reports.compatibility(report, Http.flag(ctx, "verbose")));
  }

  private void againstVersion(Context ctx) {
    var selector = SubjectRoutes.selector(ctx);
    var request = SchemaBodies.decode(Http.body(ctx));
    if (!Http.flag(ctx, "verbose")) {
      Http.ok(ctx, Reports.verdict(
          registry.compatibility().isCompatibleWithVersion(Http.subject(ctx, registry), selector, request)));
      return;
    }
    CompatibilityReport report = registry.compatibility().checkAgainstVersion(Http.subject(ctx, registry), selector, request);
    Http.ok(ctx, Reports.compatibility(report, Http.flag(ctx, "verbose")));
  }
}
