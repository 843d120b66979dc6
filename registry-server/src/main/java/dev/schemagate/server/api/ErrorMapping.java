package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.RegistryException;
import dev.schemagate.server.store.StoreConflict;
import dev.schemagate.server.store.StoreException;
import dev.schemagate.server.store.StoreUnavailable;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes Confluent's {@code {"error_code": N, "message": "..."}}; nothing else ever
 * reaches a client, least of all a stack trace.
 */
final class ErrorMapping {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
  private static final String WRITTEN = "schemagate.error-written";

  private ErrorMapping() {}

  static void install(JavalinConfig config) {
    String tooLarge = tooLarge(config.http.maxRequestSize);
    config.routes.exception(RegistryException.class, (e, ctx) -> registryError(ctx, e));
    config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.errorCode(), e.getMessage()));
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
        error(ctx, e.getStatus(), e.getStatus(), e.getStatus() == 413 ? tooLarge : httpMessage(e.getStatus())));
    config.routes.exception(StoreConflict.class, (e, ctx) ->
        error(ctx, 422, ErrorCode.OPERATION_NOT_PERMITTED.code(), e.getMessage()));
    // the database is away or too slow: 503, which load balancers and clients retry elsewhere or later;
    // the store logs the outage once, so each request's 503 is only a debug line
    config.routes.exception(StoreUnavailable.class, (e, ctx) -> {
      LOG.debug("store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      error(ctx, 503, ErrorCode.STORE_ERROR.code(), "Error in the backend data store: " + e.getMessage());
    });
    config.routes.exception(StoreException.class, (e, ctx) -> {
      LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
      error(ctx, 500, ErrorCode.STORE_ERROR.code(), "Error in the backend data store: " + e.getMessage());
    });
    config.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
    // a JVM error (a stack overflow, out of memory) only sets the status: the 500 page below writes
    // the one body, so an answer never holds two JSON objects
    config.router.javaLangErrorHandler((res, error) -> {
      LOG.error("unexpected error", error);
      if (!res.isCommitted()) {
        res.resetBuffer();
        res.setStatus(500);
      }
    });
    for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
      String message = status == 413 ? tooLarge : httpMessage(status);
      config.routes.error(status, ctx -> {
        if (ctx.attribute(WRITTEN) == null) {
          error(ctx, status, status == 500 ? ErrorCode.STORE_ERROR.code() : status, message);
        }
      });
    }
    for (int status : new int[] {429, 503}) {
      config.routes.error(status, ctx -> {
        if (ctx.attribute(WRITTEN) == null) {
          error(ctx, status, status, httpMessage(status));
        }
      });
    }
  }

  private static void registryError(Context ctx, RegistryException e) {
    ObjectNode body = body(e.code().code(), e.getMessage());
    if (!e.incompatibilities().isEmpty()) {
      body.set(Reports.INCOMPATIBILITIES, Reports.incompatibilities(e.incompatibilities()));
    }
    if (!e.problems().isEmpty()) {
      body.set("problems", Reports.problems(e.problems()));
    }
    ctx.attribute(WRITTEN, true);
    Http.write(ctx, e.code().httpStatus(), body);
  }

  private static void unexpected(Context ctx, Exception e) {
    LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
    error(ctx, 500, ErrorCode.STORE_ERROR.code(), "Internal server error; the server log has the details.");
  }

  static void error(Context ctx, int status, int errorCode, String message) {
    ctx.attribute(WRITTEN, true);
    Http.write(ctx, status, body(errorCode, message));
  }

  private static ObjectNode body(int errorCode, String message) {
    ObjectNode body = Http.object();
    body.put("error_code", errorCode);
    body.put("message", message);
    return body;
  }

  /** The 413 answer: the limit, and the option that raises it. */
  static String tooLarge(long limitBytes) {
    return "HTTP 413 Request Entity Too Large: the request body is larger than this server's limit of "
        + Sizes.describe(limitBytes) + "; send a smaller body, or start the server with a larger --max-request-size"
        + " (SCHEMAGATE_MAX_REQUEST_SIZE).";
  }

  static String httpMessage(int status) {
    return switch (status) {
      case 400 -> "HTTP 400 Bad Request";
      case 404 -> "HTTP 404 Not Found";
      case 405 -> "HTTP 405 Method Not Allowed";
      case 415 -> "HTTP 415 Unsupported Media Type";
      case 429 -> "HTTP 429 Too Many Requests";
      case 500 -> "Internal server error.";
      case 503 -> "HTTP 503 Service Unavailable";
      default -> "HTTP " + status;
    };
  }
}
