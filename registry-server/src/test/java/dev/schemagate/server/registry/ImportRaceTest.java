package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.testing.PausingStore;
import dev.schemagate.server.testing.ServerTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import naming an id that an ordinary registration takes a moment before it writes is 42205, not a 500. */
class ImportRaceTest {
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
  void an_imported_id_taken_between_its_check_and_its_write_is_42205_and_nothing_is_written() throws Exception {
    PausingStore pausing = PausingStore.over(store);
    Registry registry = Registry.over(pausing.store(), CompatibilityLevel.BACKWARD);
    registry.settings().setMode("imported", "IMPORT", true);
    SchemaRequest importing = new SchemaRequest("\"string\"", SchemaType.AVRO, List.of(), 1, 1, null, null);
    PausingStore.Pause writing = pausing.pauseBefore("addVersion", "imported");

    Future<SchemaVersion> imported = threads.submit(() -> registry.registration().register("imported", importing, false));
    writing.awaitArrival();
    SchemaVersion ordinary = registry.registration().register("plain", SchemaRequest.of(SchemaType.AVRO, "\"int\""), false);
    writing.release();

    assertThat(ordinary.id()).isEqualTo(1);
    Throwable refused = catchThrowable(() -> imported.get(10, TimeUnit.SECONDS));
    assertThat(refused).isInstanceOf(ExecutionException.class);
    RegistryException cause = (RegistryException) refused.getCause();
    assertThat(cause.code()).isEqualTo(ErrorCode.OPERATION_NOT_PERMITTED);
    assertThat(cause.getMessage()).isEqualTo(
        "Id 1 already holds another schema; an id names one schema forever, so import this one with another id.");
    assertThat(store.history("imported")).isEmpty();
    assertThat(store.schema(1).orElseThrow().text()).isEqualTo("\"int\"");
  }
}
