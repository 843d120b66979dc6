package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.SchemaStore;
import dev.schemagate.server.testing.ServerTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history larger than the memory given to schemas is read again as needed, and checked as if it were all kept. */
class LongHistoryEvictionTest {
  private static final int VERSIONS = 40;

  @TempDir Path dir;
  private JdbiSchemaStore store;
  private final AtomicInteger schemaReads = new AtomicInteger();
  private SchemaStore counting;

  @BeforeEach
  void open() {
    store = ServerTest.openTestStore(dir.resolve("registry.db"), getClass());
    counting = (SchemaStore) Proxy.newProxyInstance(
        SchemaStore.class.getClassLoader(), new Class<?>[] {SchemaStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("schema")) {
            schemaReads.incrementAndGet();
          }
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Version 1 has an int "legacy"; later ones drop it and grow by an optional field each. */
  private static String version(int n) {
    StringBuilder schema = new StringBuilder("{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}");
    if (n == 1) {
      schema.append(",{\"name\":\"legacy\",\"type\":\"int\"}");
    }
    for (int f = 2; f <= n; f++) {
      schema.append(",{\"name\":\"field_").append(f).append("\",\"type\":[\"null\",\"string\"],\"default\":null}");
    }
    return schema.append("]}").toString();
  }

  private static SchemaRequest avro(String schema) {
    return SchemaRequest.of(SchemaType.AVRO, schema);
  }

  @Test
  void a_transitive_check_finds_a_break_with_the_first_version_after_the_history_left_memory() {
    Registry registry = Registry.withCacheBytes(counting, CompatibilityLevel.BACKWARD_TRANSITIVE, 16 * 1024);
    for (int n = 1; n <= VERSIONS; n++) {
      registry.registration().register("orders", avro(version(n)), false);
    }
    String legacyAsText = version(VERSIONS).replace("]}", ",{\"name\":\"legacy\",\"type\":\"string\",\"default\":\"\"}]}");

    for (int round = 0; round < 2; round++) {
      schemaReads.set(0);
      CompatibilityReport report = registry.compatibility().checkAgainstSubject("orders", avro(legacyAsText));

      assertThat(report.incompatibilities()).as("round %d", round).extracting(Incompatibility::oldVersion).containsOnly(1);
      assertThat(report.incompatibilities()).extracting(Incompatibility::path).contains("/fields/" + VERSIONS + "/type");
      assertThat(schemaReads).as("schemas read again from the store in round %d", round).hasPositiveValue();
    }
    assertThat(registry.compatibility().isCompatibleWithSubject("orders", avro(version(VERSIONS + 1)))).isTrue();
  }

  @Test
  void with_room_for_the_whole_history_a_second_check_reads_nothing_again() {
    Registry registry = Registry.withCacheBytes(counting, CompatibilityLevel.BACKWARD_TRANSITIVE, 64L * 1024 * 1024);
    for (int n = 1; n <= VERSIONS; n++) {
      registry.registration().register("orders", avro(version(n)), false);
    }
    registry.compatibility().isCompatibleWithSubject("orders", avro(version(VERSIONS + 1)));
    schemaReads.set(0);

    assertThat(registry.compatibility().isCompatibleWithSubject("orders", avro(version(VERSIONS + 1)))).isTrue();

    assertThat(schemaReads).hasValue(0);
  }
}
