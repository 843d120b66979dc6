package dev.schemagate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read an export runs in: it sees the store as it was when it began, and a server writing the
 * same database meanwhile is neither blocked nor seen.
 */
@ExtendWith(PostgresExtension.class)
class StoreSnapshotTest {
  @TempDir Path dir;

  @Test
  void an_sqlite_snapshot_sees_one_moment_while_another_process_writes() {
    String url = JdbiSchemaStore.sqliteUrl(dir.resolve("registry.db"));
    try (JdbiSchemaStore reader = JdbiSchemaStore.sqlite(url); JdbiSchemaStore writer = JdbiSchemaStore.sqlite(url)) {
      assertSnapshot(reader, writer);
    }
  }

  @Test
  void a_postgresql_snapshot_sees_one_moment_while_another_node_writes(PostgresDatabase database) {
    database.empty();
    try (JdbiSchemaStore reader = JdbiSchemaStore.postgresql(database.url(), PostgresDatabase.USER, null, 2);
        JdbiSchemaStore writer = JdbiSchemaStore.postgresql(database.url(), PostgresDatabase.USER, null, 2)) {
      assertSnapshot(reader, writer);
    }
  }

  private static void assertSnapshot(JdbiSchemaStore reader, JdbiSchemaStore writer) {
    writer.addVersion("before-value", schema("k1"), null, null);
    List<Long> seen = reader.access().snapshot(h -> {
      long first = versions(h);
      writer.addVersion("during-value", schema("k2"), null, null);
      return List.of(first, versions(h));
    });
    assertThat(seen).as("versions seen at the start and the end of the snapshot").containsExactly(1L, 1L);
    assertThat(writer.history("during-value")).hasSize(1);
    assertThat(reader.access().snapshot(StoreSnapshotTest::versions)).isEqualTo(2L);
  }

  private static long versions(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM subject_versions").mapTo(Long.class).one();
  }

  private static NewSchema schema(String key) {
    return new NewSchema(key, SchemaType.AVRO, "\"string\"", List.of(), null, null);
  }
}
