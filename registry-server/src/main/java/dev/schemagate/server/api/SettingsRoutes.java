package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.Mode;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.registry.RegistryException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /config} and {@code /mode}, global and per subject. */
final class SettingsRoutes {
  private final Registry registry;

  SettingsRoutes(Registry registry) {
    this.registry = registry;
  }

  void install(RoutesConfig routes) {
    routes.get("/config", ctx -> Http.ok(ctx, registry.settings().globalConfig()));
    routes.put("/config", ctx -> putConfig(ctx, null));
    routes.delete("/config", ctx -> Http.ok(ctx, registry.settings().deleteConfig(null)));
    routes.get("/config/{subject}", ctx ->
        Http.ok(ctx, registry.settings().subjectConfig(Http.subject(ctx), Http.flag(ctx, "defaultToGlobal"))));
    routes.put("/config/{subject}", ctx -> putConfig(ctx, Http.subject(ctx)));
    routes.delete("/config/{subject}", ctx -> Http.ok(ctx, registry.settings().deleteConfig(Http.subject(ctx))));

    routes.get("/mode", ctx -> mode(ctx, registry.settings().globalMode()));
    routes.put("/mode", ctx -> putMode(ctx, null));
    routes.delete("/mode", ctx -> mode(ctx, registry.settings().deleteMode(null)));
    routes.get("/mode/{subject}", ctx ->
        mode(ctx, registry.settings().subjectMode(Http.subject(ctx), Http.flag(ctx, "defaultToGlobal"))));
    routes.put("/mode/{subject}", ctx -> putMode(ctx, Http.subject(ctx)));
    routes.delete("/mode/{subject}", ctx -> mode(ctx, registry.settings().deleteMode(Http.subject(ctx))));
  }

  /** Answers the whole configuration with the level under {@code compatibility}, as Confluent's PUT does. */
  private void putConfig(Context ctx, String subject) {
    ObjectNode config = registry.settings().updateConfig(subject, Http.body(ctx));
    ObjectNode answer = Http.object();
    config.properties().forEach(field ->
        answer.set(field.getKey().equals("compatibilityLevel") ? "compatibility" : field.getKey(), field.getValue()));
    Http.ok(ctx, answer);
  }

  private void putMode(Context ctx, String subject) {
    JsonNode requested = Http.body(ctx).path("mode");
    if (!requested.isTextual()) {
      throw new RegistryException(
          ErrorCode.INVALID_MODE, "The request must name a \"mode\": READWRITE, READONLY, READONLY_OVERRIDE or IMPORT.");
    }
    mode(ctx, registry.settings().setMode(subject, requested.asText(), Http.flag(ctx, "force")));
  }

  private static void mode(Context ctx, Mode mode) {
    Http.ok(ctx, Http.object().put("mode", mode.name()));
  }
}
