package dev.schemagate.server.api;

import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.registry.RegistryException;
import dev.schemagate.server.registry.SchemaVersion;
import dev.schemagate.server.registry.VersionSelector;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** {@code /subjects}: registering, listing, reading, looking up and deleting subject versions. */
final class SubjectRoutes {
  private final Registry registry;

  SubjectRoutes(Registry registry) {
    this.registry = registry;
  }

  void install(RoutesConfig routes) {
    routes.get("/subjects", this::subjects);
    routes.post("/subjects/{subject}", this::lookup);
    routes.delete("/subjects/{subject}", this::deleteSubject);
    routes.get("/subjects/{subject}/versions", this::versions);
    routes.post("/subjects/{subject}/versions", this::register);
    routes.get("/subjects/{subject}/versions/{version}", this::version);
    routes.delete("/subjects/{subject}/versions/{version}", this::deleteVersion);
    routes.get("/subjects/{subject}/versions/{version}/schema", this::rawSchema);
    routes.get("/subjects/{subject}/versions/{version}/referencedby", this::referencedBy);
  }

  private void subjects(Context ctx) {
    String prefix = ctx.queryParam("subjectPrefix");
    boolean deleted = Http.flag(ctx, "deleted");
    boolean deletedOnly = Http.flag(ctx, "deletedOnly");
    int offset = Pages.offset(ctx);
    int limit = Pages.limit(ctx);
    Http.okStrings(ctx, each -> registry.reads().eachSubject(prefix, deleted, deletedOnly, offset, limit, Callers.readable(ctx), each));
  }

  private void register(Context ctx) {
    var request = SchemaBodies.decode(Http.body(ctx));
    var registered = registry.registration().registerOrFind(Http.subject(ctx, registry), request, Http.flag(ctx, "normalize"));
    if (!registered.added()) {
      AuditRoutes.unchanged(ctx);
    }
    Http.ok(ctx, SchemaBodies.registered(registered.version()));
  }

  private void lookup(Context ctx) {
    var body = Http.body(ctx);
    if (!body.path("schema").isTextual() || body.path("schema").asText().isBlank()) {
      throw new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema not found: the request has no \"schema\" to look up.");
    }
    var request = SchemaBodies.decode(body);
    Http.ok(ctx, SchemaBodies.version(registry.registration().lookup(Http.subject(ctx, registry), request, Http.flag(ctx, "deleted"))));
  }

  private void versions(Context ctx) {
    Http.ok(ctx, Pages.of(ctx, registry.reads().versions(
        Http.subject(ctx, registry), Http.flag(ctx, "deleted"), Http.flag(ctx, "deletedOnly"))));
  }

  private void version(Context ctx) {
    Http.ok(ctx, SchemaBodies.version(registry.reads().version(Http.subject(ctx, registry), selector(ctx), Http.flag(ctx, "deleted"))));
  }

  private void rawSchema(Context ctx) {
    SchemaVersion version = registry.reads().version(Http.subject(ctx, registry), selector(ctx), Http.flag(ctx, "deleted"));
    ctx.status(200).contentType(Http.CONTENT_TYPE).result(version.schema().text().getBytes(StandardCharsets.UTF_8));
  }

  private void referencedBy(Context ctx) {
    Http.ok(ctx, Pages.of(ctx, registry.reads().referencedBy(Http.subject(ctx, registry), selector(ctx))));
  }

  private void deleteSubject(Context ctx) {
    Http.ok(ctx, registry.deletion().deleteSubject(Http.subject(ctx, registry), Http.flag(ctx, "permanent")));
  }

  private void deleteVersion(Context ctx) {
    Http.ok(ctx, registry.deletion().deleteVersion(Http.subject(ctx, registry), selector(ctx), Http.flag(ctx, "permanent")));
  }

  static VersionSelector selector(Context ctx) {
    return VersionSelector.parse(ctx.pathParam("version"));
  }
}
