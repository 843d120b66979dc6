package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.NewSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export, import and copy stream the registry a row at a time: each runs in a JVM whose heap is
 * smaller than the registry, which holding the registry (or the file) whole would not fit in.
 */
class BackupMemoryTest {
  private static final int SCHEMAS = 400;
  private static final int SCHEMA_CHARS = 150_000;
  private static final List<String> SMALL_HEAP = List.of("-Xmx40m");

  @TempDir Path dir;

  @Test
  void a_registry_larger_than_the_heap_is_exported_restored_and_copied() throws Exception {
    Path original = dir.resolve("large.db");
    String filler = "x".repeat(SCHEMA_CHARS);
    try (JdbiSchemaStore store = JdbiSchemaStore.sqlite(JdbiSchemaStore.sqliteUrl(original))) {
      for (int i = 0; i < SCHEMAS; i++) {
        String text = "{\"type\":\"string\",\"doc\":\"" + i + filler + "\"}";
        store.addVersion("large-" + (i % 7), new NewSchema("key-" + i, SchemaType.AVRO, text, List.of(), null, null), null, null);
      }
    }
    Path backup = dir.resolve("large.json");

    Process export = MainTest.launchWith(SMALL_HEAP, Map.of(), "export", "--db", original.toString(), "--to", backup.toString());
    String exported = MainTest.allOutput(export);
    assertThat(export.exitValue()).as(exported).isZero();
    assertThat(Files.size(backup)).as("the backup is larger than the heap that wrote it").isGreaterThan(SCHEMAS * (long) SCHEMA_CHARS);

    Path restored = dir.resolve("restored.db");
    Process restore = MainTest.launchWith(SMALL_HEAP, Map.of(), "import", "--from", backup.toString(), "--db", restored.toString());
    String output = MainTest.allOutput(restore);
    assertThat(restore.exitValue()).as(output).isZero();
    assertThat(output).contains("Restored " + SCHEMAS + " schemas (0 references), " + SCHEMAS + " subject versions");
    try (JdbiSchemaStore store = JdbiSchemaStore.sqlite(JdbiSchemaStore.sqliteUrl(restored))) {
      assertThat(store.maxSchemaId()).isEqualTo(SCHEMAS);
      assertThat(store.schema(SCHEMAS).orElseThrow().text()).isEqualTo("{\"type\":\"string\",\"doc\":\"" + (SCHEMAS - 1) + filler + "\"}");
      assertThat(store.history("large-3")).hasSize(SCHEMAS / 7);
    }

    Process copy = MainTest.launchWith(SMALL_HEAP, Map.of(), "copy", "--from", restored.toString(), "--to",
        dir.resolve("copied.db").toString());
    String copied = MainTest.allOutput(copy);
    assertThat(copy.exitValue()).as(copied).isZero();
    assertThat(copied).startsWith("Copied " + SCHEMAS + " schemas (0 references), " + SCHEMAS + " subject versions");
  }
}
