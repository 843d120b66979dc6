package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.RegistryReads;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy --from SQLITE --to POSTGRESQL}, as the README tells an operator to move: every read
 * endpoint answers exactly the same before and after, and new ids continue after the old ones.
 */
@ExtendWith(PostgresExtension.class)
class StoreCopyTest {
  @TempDir Path dir;

  @Test
  void a_copy_to_postgresql_answers_every_read_as_the_sqlite_registry_did(PostgresDatabase database) throws Exception {
    database.empty();
    Path file = dir.resolve("registry.db");
    Map<String, String> before;
    try (RegistryServer sqlite = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(file)).start()) {
      HttpClientForTests client = new HttpClientForTests(sqlite.url());
      RegistryReads.fill(client);
      before = RegistryReads.everyRead(client);
    }

    Process copy = MainTest.launch(Map.of("SCHEMAGATE_DB_USER", PostgresDatabase.USER),
        "copy", "--from", file.toString(), "--to", database.url());
    String output = MainTest.allOutput(copy);
    assertThat(copy.exitValue()).as(output).isZero();
    assertThat(output.strip()).startsWith("Copied 8 schemas (1 references), 9 subject versions, 2 configurations, 1 modes and ")
        .endsWith(" audit entries from SQLite, data file: " + file.toAbsolutePath() + " to PostgreSQL, database: "
            + database.url().substring("jdbc:postgresql://".length()));

    Map<String, String> onPostgres;
    try (RegistryServer postgres = RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(database.url())
        .databaseLogin(PostgresDatabase.USER, null)).start()) {
      HttpClientForTests client = new HttpClientForTests(postgres.url());
      Map<String, String> after = RegistryReads.everyRead(client);
      assertThat(after).containsExactlyEntriesOf(before);
      // id 9 was handed out and deleted for good on SQLite: it is never handed out again
      assertThat(client.register("new-after-copy", null, "\"bytes\"").json().get("id").asInt()).isEqualTo(10);
      onPostgres = RegistryReads.everyRead(client);
    }

    Path back = dir.resolve("back.db");
    Process copyBack = MainTest.launch(Map.of("SCHEMAGATE_DB_USER", PostgresDatabase.USER),
        "copy", "--from", database.url(), "--to", back.toString());
    String copiedBack = MainTest.allOutput(copyBack);
    assertThat(copyBack.exitValue()).as(copiedBack).isZero();
    try (RegistryServer sqlite = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(back)).start()) {
      assertThat(RegistryReads.everyRead(new HttpClientForTests(sqlite.url()))).containsExactlyEntriesOf(onPostgres);
    }

    Process again = MainTest.launch(Map.of("SCHEMAGATE_DB_USER", PostgresDatabase.USER),
        "copy", "--from", file.toString(), "--to", database.url());
    String refused = MainTest.allOutput(again);
    assertThat(again.exitValue()).isEqualTo(1);
    assertThat(refused.strip()).endsWith("error: The target PostgreSQL, database: "
        + database.url().substring("jdbc:postgresql://".length()) + " already holds data (its schemas table is not empty);"
        + " copy into a new, empty database, so that no id or version of the source collides with another.");
  }
}
