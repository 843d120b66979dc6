package dev.schemagate.server.api;

import io.javalin.http.Context;
import java.util.List;

/** {@code offset} and {@code limit} on list answers; a limit of 0 or less means all, except for {@code GET /schemas}. */
final class Pages {
  /**
   * The most versions {@code GET /schemas} answers at once, and how many without a limit or with
   * a larger one: Confluent's defaults for schema.search.default.limit and schema.search.max.limit.
   */
  static final int SCHEMA_PAGE = 1_000;

  private Pages() {}

  static int offset(Context ctx) {
    return Math.max(0, Http.number(ctx, "offset", 0));
  }

  /** The {@code limit} of {@code GET /schemas}: as asked when from 1 to 1,000, else 1,000. */
  static int schemaLimit(Context ctx) {
    int limit = Http.number(ctx, "limit", -1);
    return limit > 0 && limit <= SCHEMA_PAGE ? limit : SCHEMA_PAGE;
  }

  /** The {@code limit} of a listing other than {@code GET /schemas}; 0 or less means all. */
  static int limit(Context ctx) {
    return Http.number(ctx, "limit", -1);
  }

  static <T> List<T> of(Context ctx, List<T> all) {
    int offset = offset(ctx);
    int limit = limit(ctx);
    if (offset >= all.size()) {
      return List.of();
    }
    int end = limit <= 0 ? all.size() : (int) Math.min(all.size(), (long) offset + limit);
    return all.subList(offset, end);
  }
}
