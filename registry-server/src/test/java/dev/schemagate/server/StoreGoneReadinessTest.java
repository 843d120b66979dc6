package dev.schemagate.server;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness on SQLite when the data file goes: open connections would go on reading the deleted
 * file, so without the probe's own check the node would answer from data no longer on disk.
 */
class StoreGoneReadinessTest {
  @TempDir Path dir;

  @Test
  void readiness_turns_503_naming_the_file_when_the_sqlite_database_file_is_deleted() throws Exception {
    Path file = dir.resolve("data").resolve("registry.db");
    Files.createDirectories(file.getParent());
    try (RegistryServer server = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(file)).start()) {
      HttpClientForTests client = new HttpClientForTests(server.url());
      assertThat(client.get("/health/ready").status()).isEqualTo(200);

      // as when the volume holding it is unmounted or someone removes the folder
      try (var files = Files.list(file.getParent())) {
        for (Path each : files.toList()) {
          Files.delete(each);
        }
      }
      Files.delete(file.getParent());

      Answer ready = client.get("/health/ready");
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.json()).isEqualTo(json("{\"error_code\":50001,\"message\":\"The database file " + file.toAbsolutePath()
          .toString().replace("\\", "\\\\") + " is gone (deleted, moved, or its volume unmounted); restore it and restart the node.\"}"));
      assertThat(client.get("/health/live").status()).isEqualTo(200);
    }
  }
}
