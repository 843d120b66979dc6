package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.testing.PausingStore;
import dev.schemagate.server.testing.ServerTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version a registration is about to reference cannot be deleted under it. */
class DeletionRacingRegistrationTest {
  private static final String BASE = """
      {"type":"record","name":"Base","fields":[{"name":"id","type":"string"}]}""";
  private static final String USER = """
      {"type":"record","name":"User","fields":[{"name":"base","type":"Base"}]}""";

  @TempDir Path dir;
  private JdbiSchemaStore store;
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @BeforeEach
  void open() {
    store = ServerTest.openTestStore(dir.resolve("registry.db"), getClass());
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    store.close();
  }

  @Test
  void a_referenced_version_is_not_deleted_between_a_registrations_check_and_its_write() throws Exception {
    PausingStore pausing = PausingStore.over(store);
    Registry registry = Registry.over(pausing.store(), CompatibilityLevel.BACKWARD);
    registry.registration().register("base", SchemaRequest.of(SchemaType.AVRO, BASE), false);
    SchemaRequest user = new SchemaRequest(
        USER, SchemaType.AVRO, List.of(new SchemaReference("Base", "base", 1)), null, null, null, null);
    PausingStore.Pause storing = pausing.pauseBefore("addVersion", "user");

    Future<SchemaVersion> registration = threads.submit(() -> registry.registration().register("user", user, false));
    storing.awaitArrival();
    CompletableFuture<Thread> deleting = new CompletableFuture<>();
    Future<Integer> deletion = threads.submit(() -> {
      deleting.complete(Thread.currentThread());
      return registry.deletion().deleteVersion("base", VersionSelector.LATEST, false);
    });
    // unguarded, the deletion is done before the reference is written; guarded, it waits for the
    // registration: release the registration only once one of the two has happened, however slow the machine
    awaitDoneOrWaiting(deletion, deleting.get(10, TimeUnit.SECONDS));
    storing.release();

    assertThat(registration.get(10, TimeUnit.SECONDS).version()).isEqualTo(1);
    Throwable refused = catchThrowable(() -> deletion.get(10, TimeUnit.SECONDS));
    assertThat(refused).as("the deletion is refused").isInstanceOf(ExecutionException.class);
    assertThat(((RegistryException) refused.getCause()).code()).isEqualTo(ErrorCode.REFERENCE_EXISTS);
    assertThat(store.history("base")).singleElement().matches(v -> !v.deleted(), "base version 1 is live");
  }

  /** Waits until the task is done or its thread is parked without a timeout (as on a lock) while it runs it. */
  private static void awaitDoneOrWaiting(Future<?> task, Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!task.isDone() && thread.getState() != Thread.State.WAITING) {
      assertThat(System.nanoTime()).as("the deletion finishes or waits within 20 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
