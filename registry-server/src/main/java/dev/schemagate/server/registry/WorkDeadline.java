package dev.schemagate.server.registry;

import dev.schemagate.core.WorkInterruptedException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How long one request may parse and check schemas. When the time is up the thread doing the work
 * is interrupted; the core's walks notice between steps and stop, and the request is refused
 * (42209) instead of computing on after its client has given up. A write to the store is one
 * transaction that starts only after the check, so a stopped request changes nothing.
 */
final class WorkDeadline {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "request-deadline");
    thread.setDaemon(true);
    return thread;
  });

  private final long millis;

  /** @param millis the time each piece of work may take; 0 or less for no deadline */
  WorkDeadline(long millis) {
    this.millis = millis;
  }

  /** Runs {@code work}, stopping it with 42209 when it takes longer than the deadline. */
  <T> T run(Supplier<T> work) {
    if (millis <= 0) {
      return work.get();
    }
    Watch watch = new Watch(Thread.currentThread());
    ScheduledFuture<?> timer = TIMER.schedule(watch::expire, millis, TimeUnit.MILLISECONDS);
    try {
      return work.get();
    } catch (WorkInterruptedException e) {
      if (watch.finish()) {
        throw new RegistryException(ErrorCode.SCHEMA_TOO_LARGE, String.format(java.util.Locale.ROOT,
            "The schema could not be checked within the request deadline of %,d ms, so the request was stopped and"
                + " nothing was changed; make the schema smaller or ask the operator to raise the deadline.", millis));
      }
      throw e;
    } finally {
      timer.cancel(false);
      if (watch.finish()) {
        Thread.interrupted(); // the interruption was ours; the thread goes back to serving requests
      }
    }
  }

  /** Interrupts the worker once, and only while the work runs. */
  private static final class Watch {
    private final Thread worker;
    private boolean running = true;
    private boolean expired;

    Watch(Thread worker) {
      this.worker = worker;
    }

    synchronized void expire() {
      if (running) {
        expired = true;
        worker.interrupt();
      }
    }

    /** Ends the watch; answers whether it expired. */
    synchronized boolean finish() {
      running = false;
      return expired;
    }
  }
}
