package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import dev.schemagate.server.testing.RegistryReads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} and {@code import --from FILE}: a backup restored into a fresh store answers every
 * read endpoint exactly as the original did, from SQLite to PostgreSQL and back; a file that is not
 * a whole backup is refused, naming where, and restores nothing.
 */
@ExtendWith(PostgresExtension.class)
class BackupRestoreTest {
  @TempDir Path dir;

  @Test
  void a_backup_restored_into_a_fresh_store_answers_every_read_as_the_original(PostgresDatabase database) throws Exception {
    database.empty();
    Path original = dir.resolve("registry.db");
    Path backup = dir.resolve("registry-backup.json");
    Map<String, String> before;
    try (RegistryServer sqlite = server(config -> config.database(original))) {
      HttpClientForTests client = new HttpClientForTests(sqlite.url());
      RegistryReads.fill(client);
      ObjectNode withRules = HttpClientForTests.schemaBody(null, "{\"type\":\"record\",\"name\":\"Ruled\",\"fields\":[]}");
      withRules.putObject("ruleSet").putArray("domainRules").addObject().put("name", "checkSsn").put("kind", "CONDITION")
          .put("type", "CEL").put("mode", "WRITE").put("expr", "message.ssn.size() == 9");
      assertThat(client.post("/subjects/ruled-value/versions", withRules).status()).isEqualTo(200);
      before = reads(client);

      // while the server runs: the export reads one snapshot of the file
      MainTest.Run export = MainTest.run(Map.of(), "export", "--db", original.toString(), "--to", backup.toString());
      assertThat(export.exitCode()).as(export.output()).isZero();
      assertThat(export.output().strip()).isEqualTo("Exported 9 schemas (1 references), 10 subject versions, 2 configurations,"
          + " 1 modes and " + auditEntries(client) + " audit entries from SQLite, data file: " + original.toAbsolutePath()
          + " to " + backup);
    }
    assertThat(Files.readAllLines(backup).get(0)).isEqualTo("{");
    assertThat(Files.readAllLines(backup).get(1)).isEqualTo("\"format\":\"schemagate-backup\",");
    assertThat(Files.readAllLines(backup).get(2)).isEqualTo("\"formatVersion\":1,");
    assertThat(dir.resolve("registry-backup.json.partial")).doesNotExist();

    Map<String, String> login = Map.of("SCHEMAGATE_DB_USER", PostgresDatabase.USER);
    MainTest.Run restore = MainTest.run(login, "import", "--from", backup.toString(), "--db", database.url());
    assertThat(restore.exitCode()).as(restore.output()).isZero();
    assertThat(restore.output().strip()).startsWith("Restored 9 schemas (1 references), 10 subject versions, 2 configurations,"
        + " 1 modes and ").endsWith(" from " + backup + " into PostgreSQL, database: "
        + database.url().substring("jdbc:postgresql://".length()));

    Path again = dir.resolve("again.json");
    try (RegistryServer postgres = server(config -> config.jdbcUrl(database.url()).databaseLogin(PostgresDatabase.USER, null))) {
      HttpClientForTests client = new HttpClientForTests(postgres.url());
      assertThat(reads(client)).containsExactlyEntriesOf(before);
      MainTest.Run export = MainTest.run(login, "export", "--db", database.url(), "--to", again.toString());
      assertThat(export.exitCode()).as(export.output()).isZero();
      // id 9 was handed out and deleted for good before the backup: it is never handed out again
      assertThat(client.register("new-after-restore", null, "\"bytes\"").json().get("id").asInt()).isEqualTo(11);
    }

    Path copy = dir.resolve("restored.db");
    MainTest.Run back = MainTest.run(Map.of(), "import", "--from", again.toString(), "--db", copy.toString());
    assertThat(back.exitCode()).as(back.output()).isZero();
    try (RegistryServer sqlite = server(config -> config.database(copy))) {
      HttpClientForTests client = new HttpClientForTests(sqlite.url());
      assertThat(reads(client)).containsExactlyEntriesOf(before);
      assertThat(client.register("new-after-restore", null, "\"bytes\"").json().get("id").asInt()).isEqualTo(11);
    }
  }

  @Test
  void a_file_that_is_not_a_whole_backup_is_refused_naming_where_and_restores_nothing() throws Exception {
    Path original = dir.resolve("registry.db");
    Path backup = dir.resolve("backup.json");
    try (RegistryServer sqlite = server(config -> config.database(original))) {
      RegistryReads.fill(new HttpClientForTests(sqlite.url()));
    }
    assertThat(MainTest.run(Map.of(), "export", "--db", original.toString(), "--to", backup.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(backup);
    Path target = dir.resolve("target.db");

    String text = Files.readString(backup);
    Path cut = write("cut.json", text.substring(0, text.length() / 2));
    assertThat(refusal(cut, target)).startsWith("error: The backup file " + cut + " cannot be restored: line ")
        .contains(": it is not valid JSON, or it was cut short (Unexpected end-of-input")
        .endsWith("; nothing was restored.");

    int versions = lines.indexOf("\"subjectVersions\":[");
    List<String> head = new ArrayList<>(lines.subList(0, versions));
    head.add("\"subjectVersions\":[]");
    head.add("}");
    Path endless = write("endless.json", String.join("\n", head));
    assertThat(refusal(endless, target)).isEqualTo("error: The backup file " + endless + " cannot be restored: at line "
        + (versions + 2) + ", column 1, it has no closing \"end\" record, so it may have been cut short; nothing was restored.");

    List<String> wrongType = new ArrayList<>(lines);
    wrongType.set(versions + 1, lines.get(versions + 1).replace("\"version\":1,", "\"version\":\"one\","));
    Path typed = write("typed.json", String.join("\n", wrongType));
    assertThat(refusal(typed, target)).isEqualTo("error: The backup file " + typed + " cannot be restored: at line "
        + (versions + 2) + ", column " + (lines.get(versions + 1).indexOf("\"version\"") + 11) + ", row 1 of \"subjectVersions\""
        + " has \"version\": one, where a whole number up to 2147483647 belongs; nothing was restored.");

    int schemas = lines.indexOf("\"schemas\":[");
    List<String> twice = new ArrayList<>(lines);
    twice.add(schemas + 1, lines.get(schemas + 1));
    Path duplicated = write("duplicated.json", String.join("\n", twice));
    assertThat(refusal(duplicated, target)).startsWith("error: The backup file " + duplicated + " cannot be restored:"
        + " the database refused a row of \"schemas\" between line " + (schemas + 1) + " and line ");

    Path other = write("other.json", "{\"hello\":1}");
    assertThat(refusal(other, target)).isEqualTo("error: The backup file " + other + " cannot be restored: at line 1,"
        + " column 2, \"format\" is not where it belongs, at the start, so it is not a schemagate-backup file;"
        + " nothing was restored.");

    MainTest.Run occupied = MainTest.run(Map.of(), "import", "--from", backup.toString(), "--db", original.toString());
    assertThat(occupied.exitCode()).isEqualTo(1);
    assertThat(occupied.output().strip()).isEqualTo("error: The target SQLite, data file: " + original.toAbsolutePath()
        + " already holds data (its schemas table is not empty); restore into a new, empty database, so that no id or"
        + " version of the source collides with another.");

    // every refusal above left the target empty: the whole backup still restores into it
    MainTest.Run restore = MainTest.run(Map.of(), "import", "--from", backup.toString(), "--db", target.toString());
    assertThat(restore.exitCode()).as(restore.output()).isZero();
  }

  @Test
  void usage_mistakes_are_named_with_exit_code_2() {
    assertThat(MainTest.run(Map.of(), "import", "--db", "x.db").output())
        .contains("error: give either --from FILE (a backup) or --from-registry URL (a running registry) (see --help)");
    MainTest.Run missing = MainTest.run(Map.of(), "import", "--from", dir.resolve("none.json").toString(), "--db", "x.db");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.output()).contains("error: --from: there is no backup file " + dir.resolve("none.json"));
    MainTest.Run noDatabase = MainTest.run(Map.of(), "export", "--db", dir.resolve("none.db").toString(), "--to", "b.json");
    assertThat(noDatabase.exitCode()).isEqualTo(2);
    assertThat(noDatabase.output()).contains("error: --db: there is no database file " + dir.resolve("none.db").toAbsolutePath()
        + " to export");
    assertThat(dir.resolve("none.db")).doesNotExist();
  }

  /** Every read endpoint and the audit trail, which a backup keeps too. */
  private static Map<String, String> reads(HttpClientForTests client) {
    Map<String, String> reads = RegistryReads.everyRead(client);
    reads.put("/audit?limit=1000", client.get("/audit?limit=1000").text());
    return reads;
  }

  private String refusal(Path file, Path target) {
    MainTest.Run run = MainTest.run(Map.of(), "import", "--from", file.toString(), "--db", target.toString());
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    return run.output().strip();
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static long auditEntries(HttpClientForTests client) {
    return client.get("/audit?limit=1000").json().size();
  }

  private static RegistryServer server(java.util.function.Consumer<ServerConfig> store) {
    return RegistryServer.create(config -> {
      config.host("127.0.0.1").port(0);
      store.accept(config);
    }).start();
  }
}
