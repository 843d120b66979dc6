package dev.schemagate.server.registry;

import dev.schemagate.core.WorkInterruptedException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How long one request may parse and check schemas, and where it does: on a worker thread with a
 * deep stack (64 MB, reserved, used only as deep as a schema goes), because the validator and
 * parsers the core uses recurse once per nesting level or {@code $ref} link, and a request thread's
 * 1 MB stack overflows on some schemas well within the size limit, depending on how far the JIT
 * has compiled them. When the time is up the worker is interrupted; the core's walks notice between
 * steps and stop, and the request is refused (42209) instead of computing on after its client has
 * given up. The request waits for its worker to end, so a write to the store (one transaction,
 * after the check) has either happened and is answered, or has not.
 */
final class WorkDeadline {
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;
  /** More requests at once than this run their work on their own thread, with its stack. */
  private static final int WORKERS = 64;
  private static final AtomicInteger NUMBER = new AtomicInteger();
  private static final ExecutorService POOL = new ThreadPoolExecutor(
      0, WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
        Thread thread = new Thread(null, task, "schema-work-" + NUMBER.incrementAndGet(), WORKER_STACK_BYTES);
        thread.setDaemon(true);
        return thread;
      }, new ThreadPoolExecutor.CallerRunsPolicy());
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

  /** Runs {@code work} on a worker and waits for it, stopping it with 42209 when it takes longer than the deadline. */
  <T> T run(Supplier<T> work) {
    Future<T> done = POOL.submit(() -> watched(work));
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return done.get();
        } catch (InterruptedException e) {
          interrupted = true; // the answer still waits for the work, which ends at its deadline
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException failure) {
            throw failure;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private <T> T watched(Supplier<T> work) {
    if (millis <= 0) {
      return work.get();
    }
    Watch watch = new Watch(Thread.currentThread());
    ScheduledFuture<?> timer = TIMER.schedule(watch::expire, millis, TimeUnit.MILLISECONDS);
    try {
      return work.get();
    } catch (WorkInterruptedException e) {
      if (watch.finish()) {
        throw new RegistryException(ErrorCode.SCHEMA_TOO_LARGE, String.format(Locale.ROOT,
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
