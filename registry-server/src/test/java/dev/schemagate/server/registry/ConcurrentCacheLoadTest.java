package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.SchemaStore.Setting;
import dev.schemagate.server.testing.PausingStore;
import dev.schemagate.server.testing.ServerTest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a request reads from the store is kept in memory, but never when a change raced the read,
 * and reading takes no lock, so requests that read each other's subjects cannot block each other.
 */
class ConcurrentCacheLoadTest {
  @TempDir Path dir;
  private JdbiSchemaStore store;
  private PausingStore pausing;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable);
    thread.setDaemon(true); // a deadlocked thread must not keep the test JVM alive
    return thread;
  });

  @BeforeEach
  void open() {
    store = ServerTest.openTestStore(dir.resolve("registry.db"), getClass());
    pausing = PausingStore.over(store);
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    store.close();
  }

  /** A registry with nothing in memory yet, over the shared store. */
  private Registry coldRegistry() {
    return Registry.over(pausing.store(), CompatibilityLevel.BACKWARD);
  }

  private static SchemaRequest record(String name, String fieldType, SchemaReference... references) {
    String schema = "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[{\"name\":\"f\",\"type\":" + fieldType + "}]}";
    return new SchemaRequest(schema, SchemaType.AVRO, List.of(references), null, null, null, null);
  }

  /** A second version that drops the field for a new one with a default: compatible, and without references. */
  private static SchemaRequest replacing(String name) {
    return SchemaRequest.of(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"" + name + "\",\"fields\":[{\"name\":\"g\",\"type\":\"string\",\"default\":\"\"}]}");
  }

  @Test
  void a_schema_read_while_it_is_deleted_for_good_is_not_kept() throws Exception {
    int id = coldRegistry().registration().register("a", record("A", "\"string\""), false).id();
    Registry registry = coldRegistry();
    PausingStore.Pause reading = pausing.pauseAfter("schema", id);

    Future<?> read = threads.submit(() -> registry.reads().schemaById(id, null));
    reading.awaitArrival();
    registry.deletion().deleteSubject("a", false);
    registry.deletion().deleteSubject("a", true);
    reading.release();
    read.get(10, TimeUnit.SECONDS);

    RegistryException gone = catchThrowableOfType(RegistryException.class, () -> registry.reads().schemaById(id, null));
    assertThat(gone).as("schema %d is gone", id).isNotNull();
    assertThat(gone.code()).isEqualTo(ErrorCode.SCHEMA_NOT_FOUND);
  }

  @Test
  void a_configuration_read_while_it_is_changed_is_not_kept() throws Exception {
    Registry registry = coldRegistry();
    PausingStore.Pause reading = pausing.pauseAfter("setting", Setting.CONFIG, "orders");

    Future<?> read = threads.submit(() -> registry.settings().effective("orders"));
    reading.awaitArrival();
    registry.settings().updateConfig("orders", JsonNodeFactory.instance.objectNode().put("compatibility", "NONE"));
    reading.release();
    read.get(10, TimeUnit.SECONDS);

    assertThat(registry.settings().effective("orders").level()).isEqualTo(CompatibilityLevel.NONE);
  }

  @Test
  void registrations_whose_checks_read_each_others_locked_subjects_both_finish() throws Exception {
    // each registration below holds its subject's lock and, checking against a version with a
    // reference, reads the subject behind the other's reference
    String user = "user";
    String base = "base";
    String client = "client";
    String dep = "dep";
    Registry setup = coldRegistry();
    setup.registration().register(base, record("Base", "\"string\""), false);
    setup.registration().register(dep, record("Dep", "\"string\""), false);
    setup.registration().register(user, record("User", "\"Base\"", new SchemaReference("Base", base, 1)), false);
    setup.registration().register(client, record("Client", "\"Dep\"", new SchemaReference("Dep", dep, 1)), false);
    Registry registry = coldRegistry();
    PausingStore.Pause userHeld = pausing.pauseAfter("history", user);
    PausingStore.Pause clientHeld = pausing.pauseAfter("history", client);

    Future<SchemaVersion> second = threads.submit(() -> registry.registration().register(user, replacing("User"), false));
    Future<SchemaVersion> other = threads.submit(() -> registry.registration().register(client, replacing("Client"), false));
    userHeld.awaitArrival();
    clientHeld.awaitArrival();
    userHeld.release();
    clientHeld.release();

    assertThat(second.get(20, TimeUnit.SECONDS).version()).isEqualTo(2);
    assertThat(other.get(20, TimeUnit.SECONDS).version()).isEqualTo(2);
  }
}
