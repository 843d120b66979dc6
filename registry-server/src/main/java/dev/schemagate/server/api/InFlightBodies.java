package dev.schemagate.server.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the request bodies being read and worked on at once, by their bytes, so that many large
 * requests together cannot take more memory than the server has: a request whose body does not fit
 * within a second is refused with 429 and may be retried. A body without a length counts as large
 * as the request size limit.
 */
final class InFlightBodies {
  private static final String HELD = "schemagate.body-bytes-held";
  private static final long WAIT_MILLIS = 1_000;

  private final Semaphore bytes;
  private final int limit;
  private final long maxRequestBytes;

  private InFlightBodies(long limit, long maxRequestBytes) {
    this.limit = (int) Math.min(Integer.MAX_VALUE, limit);
    this.bytes = new Semaphore(this.limit, true);
    this.maxRequestBytes = maxRequestBytes;
  }

  static void install(JavalinConfig config, long limit, long maxRequestBytes) {
    InFlightBodies bodies = new InFlightBodies(limit, maxRequestBytes);
    config.routes.before(bodies::acquire);
    config.routes.after(bodies::release);
  }

  private void acquire(Context ctx) throws InterruptedException {
    long declared = ctx.req().getContentLengthLong();
    boolean streamed = ctx.req().getHeader("Transfer-Encoding") != null;
    if (declared <= 0 && !streamed) {
      return;
    }
    int needed = (int) Math.min(limit, declared > 0 ? declared : maxRequestBytes);
    if (!bytes.tryAcquire(needed, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      ctx.header("Retry-After", "1");
      throw new ApiException(429, 429, "The server is already reading as many request bodies as it allows at once ("
          + limit / 1024 + " KB in all); retry in a moment.");
    }
    ctx.attribute(HELD, needed);
  }

  private void release(Context ctx) {
    Integer held = ctx.attribute(HELD);
    if (held != null) {
      ctx.attribute(HELD, null);
      bytes.release(held);
    }
  }
}
