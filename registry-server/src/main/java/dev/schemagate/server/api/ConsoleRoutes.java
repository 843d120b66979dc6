package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.diff.SchemaChange;
import dev.schemagate.core.diff.SchemaDiffReport;
import dev.schemagate.server.registry.ConsoleReads;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.registry.VersionSelector;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The JSON the web console needs that the Confluent API lacks, under {@code /ui/api}: a page of
 * subject summaries, the semantic diff of two versions and a sample event.
 */
final class ConsoleRoutes {
  /** The most subjects one page of the console's list holds. */
  static final int MAX_PAGE = 200;

  private final Registry registry;

  ConsoleRoutes(Registry registry) {
    this.registry = registry;
  }

  void install(RoutesConfig routes) {
    routes.get("/ui/api/subjects", this::subjects);
    routes.get("/ui/api/subjects/{subject}/diff", this::diff);
    routes.get("/ui/api/subjects/{subject}/versions/{version}/sample", this::sample);
    routes.get("/ui/api/subjects/{subject}/access", this::access);
  }

  /** What the caller may do with the subject, so the console offers only those actions. */
  private void access(Context ctx) {
    Callers.SubjectAccess may = Callers.access(ctx, ctx.pathParam("subject"));
    Http.ok(ctx, Http.object().put("read", may.read()).put("register", may.register()).put("govern", may.govern()));
  }

  private void subjects(Context ctx) {
    int limit = Http.number(ctx, "limit", 50);
    if (limit < 1 || limit > MAX_PAGE) {
      throw new ApiException(400, 400, "The query parameter \"limit\" must be from 1 to " + MAX_PAGE + ", not " + limit + ".");
    }
    String shown = ctx.queryParamAsClass("show", String.class).getOrDefault("live");
    ConsoleReads.Shown which = switch (shown.toLowerCase(Locale.ROOT)) {
      case "live" -> ConsoleReads.Shown.LIVE;
      case "all" -> ConsoleReads.Shown.ALL;
      case "deleted" -> ConsoleReads.Shown.DELETED;
      default -> throw new ApiException(400, 400, "The query parameter \"show\" must be live, all or deleted, not \"" + shown + "\".");
    };
    ConsoleReads.SubjectPage page =
        registry.console().subjects(ctx.queryParam("q"), which, Pages.offset(ctx), limit, Callers.readable(ctx));
    ObjectNode body = Http.object().put("total", page.total());
    body.set("subjects", Http.MAPPER.valueToTree(page.subjects()));
    Http.ok(ctx, body);
  }

  private void diff(Context ctx) {
    String subject = Http.subject(ctx, registry);
    SchemaDiffReport report = registry.console().diff(subject, version(ctx, "from"), version(ctx, "to"));
    ObjectNode body = Http.object().put("level", report.level().name()).put("compatible", report.isCompatible());
    ArrayNode changes = body.putArray("changes");
    for (SchemaChange change : report.changes()) {
      ObjectNode node = changes.addObject()
          .put("change", change.kind().name()).put("what", change.what())
          .put("oldPointer", change.oldPointer()).put("newPointer", change.newPointer())
          .put("compatible", change.breaks().isEmpty());
      node.set("before", change.before());
      node.set("after", change.after());
      node.set("breaks", Reports.incompatibilities(change.breaks()));
    }
    body.set("otherBreaks", Reports.incompatibilities(report.unplaced()));
    Http.ok(ctx, body);
  }

  private void sample(Context ctx) {
    var event = registry.console().sample(Http.subject(ctx, registry), SubjectRoutes.selector(ctx));
    ObjectNode body = Http.object();
    event.ifPresentOrElse(found -> body.set("event", found), () -> body.putNull("event")
        .put("reason", "No sample event can be generated for this schema: samples are made for Avro and JSON Schema"
            + " versions whose constraints can be met."));
    Http.ok(ctx, body);
  }

  private static VersionSelector version(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new ApiException(400, 400, "The query parameter \"" + name + "\" must name a version: a number or latest.");
    }
    return VersionSelector.parse(value.trim());
  }
}
