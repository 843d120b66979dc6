package dev.schemagate.server.api;

import io.javalin.http.Context;
import java.util.List;

/** {@code offset} and {@code limit} on list answers; a limit of 0 or less means all. */
final class Pages {
  private Pages() {}

  static <T> List<T> of(Context ctx, List<T> all) {
    int offset = Math.max(0, Http.number(ctx, "offset", 0));
    int limit = Http.number(ctx, "limit", -1);
    if (offset >= all.size()) {
      return List.of();
    }
    int end = limit <= 0 ? all.size() : (int) Math.min(all.size(), (long) offset + limit);
    return all.subList(offset, end);
  }
}
