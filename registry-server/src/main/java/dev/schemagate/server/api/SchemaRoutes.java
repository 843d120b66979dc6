package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.registry.RegistryException;
import dev.schemagate.server.registry.SchemaVersion;
import dev.schemagate.server.store.StoredSchema;
import dev.schemagate.server.store.SubjectVersion;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** {@code /schemas}: schemas by their global id, and every registered schema. */
final class SchemaRoutes {
  private final Registry registry;

  SchemaRoutes(Registry registry) {
    this.registry = registry;
  }

  void install(RoutesConfig routes) {
    routes.get("/schemas", this::schemas);
    routes.get("/schemas/types", this::types);
    routes.get("/schemas/ids/{id}", this::byId);
    routes.get("/schemas/ids/{id}/schema", this::rawById);
    routes.get("/schemas/ids/{id}/subjects", this::subjectsById);
    routes.get("/schemas/ids/{id}/versions", this::versionsById);
  }

  private void schemas(Context ctx) {
    ArrayNode array = Http.MAPPER.createArrayNode();
    var schemas = Callers.readable(ctx) == null
        ? registry.reads().schemas(ctx.queryParam("subjectPrefix"), Http.flag(ctx, "deleted"),
            Http.flag(ctx, "latestOnly"), Pages.offset(ctx), Pages.schemaLimit(ctx))
        : readableSchemas(ctx);
    for (SchemaVersion version : schemas) {
      array.add(SchemaBodies.version(version));
    }
    Http.ok(ctx, array);
  }

  /** A page of the versions a restricted caller may read: the store's pages are filtered until one is full. */
  private java.util.List<SchemaVersion> readableSchemas(Context ctx) {
    int offset = Pages.offset(ctx);
    int limit = Pages.schemaLimit(ctx);
    java.util.List<SchemaVersion> readable = new java.util.ArrayList<>();
    int skipped = 0;
    for (int from = 0; readable.size() < limit; from += Pages.SCHEMA_PAGE) {
      var page = registry.reads().schemas(ctx.queryParam("subjectPrefix"), Http.flag(ctx, "deleted"),
          Http.flag(ctx, "latestOnly"), from, Pages.SCHEMA_PAGE);
      for (SchemaVersion version : Callers.readableOnly(ctx, page, SchemaVersion::subject)) {
        if (skipped++ >= offset && readable.size() < limit) {
          readable.add(version);
        }
      }
      if (page.size() < Pages.SCHEMA_PAGE) {
        break;
      }
    }
    return readable;
  }

  private void types(Context ctx) {
    ArrayNode array = Http.MAPPER.createArrayNode();
    for (SchemaType type : SchemaType.values()) {
      array.add(type.name());
    }
    Http.ok(ctx, array);
  }

  private void byId(Context ctx) {
    StoredSchema schema = registry.reads().schemaById(id(ctx), ctx.queryParam("subject"));
    ObjectNode body = SchemaBodies.schema(schema);
    if (Http.flag(ctx, "fetchMaxId")) {
      body.put("maxId", registry.reads().maxSchemaId());
    }
    Http.ok(ctx, body);
  }

  private void rawById(Context ctx) {
    StoredSchema schema = registry.reads().schemaById(id(ctx), ctx.queryParam("subject"));
    ctx.status(200).contentType(Http.CONTENT_TYPE).result(schema.text().getBytes(StandardCharsets.UTF_8));
  }

  private void subjectsById(Context ctx) {
    Http.ok(ctx, Pages.of(ctx, Callers.readableOnly(ctx, registry.reads().subjectsOfSchema(id(ctx), Http.flag(ctx, "deleted")), s -> s)));
  }

  private void versionsById(Context ctx) {
    ArrayNode array = Http.MAPPER.createArrayNode();
    for (SubjectVersion version : Pages.of(ctx, Callers.readableOnly(ctx, registry.reads().versionsOfSchema(id(ctx), Http.flag(ctx, "deleted")), SubjectVersion::subject))) {
      array.addObject().put("subject", version.subject()).put("version", version.version());
    }
    Http.ok(ctx, array);
  }

  /** A schema id from the path; anything but a whole number names no schema (40403). */
  private static int id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new RegistryException(
          ErrorCode.SCHEMA_NOT_FOUND, "Schema " + text + " not found: schema ids are whole numbers from 1 to 2147483647.");
    }
  }
}
