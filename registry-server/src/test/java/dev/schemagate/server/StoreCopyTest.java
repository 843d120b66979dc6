package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
      fill(client);
      before = everyRead(client);
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
      Map<String, String> after = everyRead(client);
      assertThat(after).containsExactlyEntriesOf(before);
      // id 9 was handed out and deleted for good on SQLite: it is never handed out again
      assertThat(client.register("new-after-copy", null, "\"bytes\"").json().get("id").asInt()).isEqualTo(10);
      onPostgres = everyRead(client);
    }

    Path back = dir.resolve("back.db");
    Process copyBack = MainTest.launch(Map.of("SCHEMAGATE_DB_USER", PostgresDatabase.USER),
        "copy", "--from", database.url(), "--to", back.toString());
    String copiedBack = MainTest.allOutput(copyBack);
    assertThat(copyBack.exitValue()).as(copiedBack).isZero();
    try (RegistryServer sqlite = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(back)).start()) {
      assertThat(everyRead(new HttpClientForTests(sqlite.url()))).containsExactlyEntriesOf(onPostgres);
    }

    Process again = MainTest.launch(Map.of("SCHEMAGATE_DB_USER", PostgresDatabase.USER),
        "copy", "--from", file.toString(), "--to", database.url());
    String refused = MainTest.allOutput(again);
    assertThat(again.exitValue()).isEqualTo(1);
    assertThat(refused.strip()).endsWith("error: The target PostgreSQL, database: "
        + database.url().substring("jdbc:postgresql://".length()) + " already holds data (its schemas table is not empty);"
        + " copy into a new, empty database, so that no id or version of the source collides with another.");
  }

  /** Subjects with live, soft-deleted and removed versions, a reference, metadata, three languages, settings. */
  private static void fill(HttpClientForTests client) {
    String v1 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    String v2 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
        + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
    String v3 = "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
        + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}";
    ok(client.register("orders-value", null, v1));
    ok(client.register("orders-value", null, v2));
    ok(client.register("orders-value", null, v3));
    ok(client.delete("/subjects/orders-value/versions/3"));
    ok(client.register("payments-value", null, "{\"type\":\"record\",\"name\":\"Money\",\"fields\":[]}"));
    ObjectNode user = HttpClientForTests.schemaBody(null,
        "{\"type\":\"record\",\"name\":\"Pay\",\"fields\":[{\"name\":\"m\",\"type\":\"Money\"}]}");
    user.putArray("references").addObject().put("name", "Money").put("subject", "payments-value").put("version", 1);
    ok(client.post("/subjects/pay-value/versions", user));
    ObjectNode withMetadata = HttpClientForTests.schemaBody("JSON", "{\"type\":\"object\"}");
    withMetadata.putObject("metadata").putObject("properties").put("owner", "team-a");
    ok(client.post("/subjects/json-value/versions", withMetadata));
    // U+0000 and U+0001 in the text: PostgreSQL holds them escaped, and a copy in either direction keeps them
    ok(client.register("proto-value", "PROTOBUF", "syntax = \"proto3\"; // \u0000 \u0001\u0001\n message P { string a = 1; }"));
    ok(client.register("same-value", null, v1)); // the same content under a second subject: the same id
    ok(client.register("soft-value", null, "\"float\""));
    ok(client.delete("/subjects/soft-value"));
    ok(client.register("gone-value", null, "\"long\""));
    ok(client.delete("/subjects/gone-value"));
    ok(client.delete("/subjects/gone-value?permanent=true"));
    ok(client.put("/config/payments-value", HttpClientForTests.json("{\"compatibility\":\"FULL\"}")));
    ok(client.put("/config", HttpClientForTests.json("{\"compatibility\":\"BACKWARD_TRANSITIVE\"}")));
    ok(client.put("/mode/proto-value", HttpClientForTests.json("{\"mode\":\"READONLY\"}")));
  }

  private static void ok(Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }

  /** Every read endpoint, for every subject, version and id: path to status and body. */
  private static Map<String, String> everyRead(HttpClientForTests client) {
    Map<String, String> reads = new LinkedHashMap<>();
    for (String path : new String[] {"/subjects", "/subjects?deleted=true", "/subjects?deletedOnly=true", "/schemas",
        "/schemas?deleted=true", "/schemas?latestOnly=true", "/config", "/mode", "/schemas/types"}) {
      read(client, path, reads);
    }
    for (JsonNode subjectName : client.get("/subjects?deleted=true").json()) {
      String subject = "/subjects/" + subjectName.asText();
      read(client, subject + "/versions", reads);
      read(client, subject + "/versions?deleted=true", reads);
      for (JsonNode version : client.get(subject + "/versions?deleted=true").json()) {
        String path = subject + "/versions/" + version.asInt();
        read(client, path, reads);
        read(client, path + "?deleted=true", reads);
        read(client, path + "/schema?deleted=true", reads);
        read(client, path + "/referencedby", reads);
      }
      read(client, subject + "/versions/latest", reads);
      read(client, "/config/" + subjectName.asText(), reads);
      read(client, "/mode/" + subjectName.asText(), reads);
    }
    for (int id = 1; id <= 10; id++) {
      read(client, "/schemas/ids/" + id, reads);
      read(client, "/schemas/ids/" + id + "/schema", reads);
      read(client, "/schemas/ids/" + id + "/subjects?deleted=true", reads);
      read(client, "/schemas/ids/" + id + "/versions?deleted=true", reads);
    }
    return reads;
  }

  private static void read(HttpClientForTests client, String path, Map<String, String> reads) {
    Answer answer = client.get(path);
    reads.put(path, answer.status() + " " + answer.text());
  }
}
