package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A subject's lock is its own: holding one never makes a change to an unrelated subject wait. */
class SubjectLocksTest {
  private final SubjectLocks locks = new SubjectLocks();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void a_subject_with_the_same_hash_as_a_held_one_is_not_kept_waiting() throws Exception {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<?> slow = threads.submit(() -> locks.withLock("Aa", () -> {
      held.countDown();
      await(release);
      return null;
    }));
    held.await(10, TimeUnit.SECONDS);

    Future<String> other = threads.submit(() -> locks.withLocks(List.of("BB", "orders"), () -> "done"));

    assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("done");
    assertThat(slow.isDone()).as("the slow change still holds its lock").isFalse();
    release.countDown();
    slow.get(10, TimeUnit.SECONDS);
    assertThat(locks.size()).as("no lock is kept once nobody holds it").isZero();
  }

  @Test
  void the_same_subject_waits_for_its_holder() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    threads.submit(() -> locks.withLock("orders", () -> {
      held.countDown();
      await(release);
      return null;
    }));
    held.await(10, TimeUnit.SECONDS);

    Future<String> second = threads.submit(() -> locks.withLock("orders", () -> "second"));

    Thread.sleep(200);
    assertThat(second.isDone()).isFalse();
    release.countDown();
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
