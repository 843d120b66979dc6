package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.registry.AuditTrail;
import dev.schemagate.server.registry.Mode;
import dev.schemagate.server.registry.Registry;
import dev.schemagate.server.store.AuditEntry;
import dev.schemagate.server.store.StoreUnavailable;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: every successful change (register, import, delete, config, mode) is recorded
 * after it is answered (a registration that finds the schema already there changed nothing and is
 * not: producers send it at every start, and a write each time would make the fleet's start-up wait
 * on the database), and {@code GET /audit} lists the entries newest first
 * ({@code ?subject=}, {@code ?limit=} up to 1,000, {@code ?before=} an id for the next page).
 */
public final class AuditRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(AuditRoutes.class);
  private static final int MAX_DETAIL = 2_000;
  private static final String UNCHANGED = "schemagate.audit.unchanged";

  private final AuditTrail trail;
  private final Registry registry;

  public AuditRoutes(AuditTrail trail, Registry registry) {
    this.trail = trail;
    this.registry = registry;
  }

  public void install(JavalinConfig config) {
    config.routes.get("/audit", this::list);
    config.routes.after(this::recordChange);
  }

  private void list(Context ctx) {
    String subject = ctx.queryParam("subject");
    List<AuditEntry> entries = trail.newest(subject == null || subject.isEmpty() ? null : subject,
        Http.number(ctx, "before", 0), Http.number(ctx, "limit", 100));
    ArrayNode array = Http.MAPPER.createArrayNode();
    for (AuditEntry entry : entries) {
      ObjectNode item = array.addObject();
      item.put("id", entry.id()).put("time", Instant.ofEpochMilli(entry.atMillis()).toString()).put("who", entry.who())
          .put("from", entry.address()).put("action", entry.action()).put("subject", entry.subject());
      item.set("detail", parsed(entry.detail()));
    }
    Http.ok(ctx, array);
  }

  /** Marks a request that succeeded without changing anything, so that it is not recorded. */
  static void unchanged(Context ctx) {
    ctx.attribute(UNCHANGED, true);
  }

  /** Never fails the answer: the change is made and answered; an entry that cannot be written is logged. */
  private void recordChange(Context ctx) {
    if (ctx.statusCode() >= 300 || ctx.attribute(UNCHANGED) != null) {
      return;
    }
    try {
      record(ctx);
    } catch (StoreUnavailable e) {
      // the database went away just after the change: the store logs the outage; no stack trace here
      LOG.error("The change {} {} by {} was made but could not be written to the audit trail: {}", ctx.method(),
          ctx.req().getRequestURI(), Callers.who(ctx), e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("The change {} {} by {} was made but could not be written to the audit trail", ctx.method(),
          ctx.req().getRequestURI(), Callers.who(ctx), e);
    }
  }

  private void record(Context ctx) {
    String method = ctx.method().name();
    List<String> parts = Arrays.stream(ctx.req().getRequestURI().split("/")).filter(s -> !s.isEmpty())
        .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
    String action = action(method, parts);
    if (action == null) {
      return;
    }
    String subject = parts.size() > 1 ? parts.get(1) : null;
    if (action.equals("REGISTER") && registry.settings().effectiveMode(subject) == Mode.IMPORT) {
      action = "IMPORT";
    }
    ObjectNode detail = Http.object();
    String query = ctx.queryString();
    detail.put("request", method + " " + ctx.req().getRequestURI() + (query == null ? "" : "?" + query));
    if (method.equals("PUT")) {
      detail.set("body", parsed(requestBody(ctx)));
    }
    JsonNode answer = parsed(ctx.result());
    if (answer instanceof ObjectNode object) {
      object.remove("schema"); // the id names it; the audit trail need not hold every schema twice
    }
    detail.set("answer", answer);
    trail.record(Callers.who(ctx), ctx.ip(), action, subject, detail.toString());
  }

  /** The body of a PUT that succeeded, so one the routes could read; as text, whatever its declared charset. */
  private static String requestBody(Context ctx) {
    try {
      return RequestBodies.text(ctx);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  /** The audited action of a successful request, or null when it changes nothing. */
  static String action(String method, List<String> parts) {
    if (parts.isEmpty()) {
      return null;
    }
    String first = parts.get(0);
    int size = parts.size();
    return switch (method) {
      case "POST" -> first.equals("subjects") && size == 3 && parts.get(2).equals("versions") ? "REGISTER" : null;
      case "DELETE" -> switch (first) {
        case "subjects" -> size == 2 ? "DELETE_SUBJECT" : size == 4 ? "DELETE_VERSION" : null;
        case "config" -> size <= 2 ? "DELETE_CONFIG" : null;
        case "mode" -> size <= 2 ? "DELETE_MODE" : null;
        default -> null;
      };
      case "PUT" -> first.equals("config") && size <= 2 ? "SET_CONFIG" : first.equals("mode") && size <= 2 ? "SET_MODE" : null;
      default -> null;
    };
  }

  /** Text as JSON when it is JSON (cut to 2,000 characters otherwise), so the detail stays readable. */
  private static JsonNode parsed(String text) {
    if (text == null) {
      return Http.MAPPER.nullNode();
    }
    try {
      if (text.length() <= MAX_DETAIL) {
        return Http.MAPPER.readTree(text);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // kept as text below
    }
    return Http.MAPPER.getNodeFactory().textNode(text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text);
  }
}
