package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The liveness and readiness probes, on whichever store the run uses. */
class HealthTest extends ServerTest {

  @Test
  void liveness_answers_while_the_process_serves() {
    Answer live = client.get("/health/live");

    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json()).isEqualTo(json("{\"live\":true}"));
  }

  @Test
  void readiness_answers_200_under_both_paths_while_the_store_is_reachable_and_migrated() {
    for (String path : new String[] {"/health/ready", "/ready"}) {
      Answer ready = client.get(path);

      assertThat(ready.status()).as(path).isEqualTo(200);
      assertThat(ready.json()).as(path).isEqualTo(json("{\"ready\":true}"));
    }
  }

  @Test
  void readiness_turns_503_with_the_reason_when_the_database_schema_is_no_longer_the_migrated_one() throws Exception {
    String newest = newestMigration();
    // as a restore of an older backup would leave it; put back afterwards, the next test starts on this database
    String undo = "UPDATE flyway_schema_history SET success = true WHERE version = '" + newest + "'";
    execute("UPDATE flyway_schema_history SET success = false WHERE version = '" + newest + "'");
    try {
      Answer ready = client.get("/health/ready");

      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.json().get("error_code").asInt()).isEqualTo(50001);
      assertThat(ready.json().get("message").asText()).startsWith("The database's schema is at migration ")
          .endsWith(", not " + newest + " as this server left it; restart the node so that it migrates the database again.");
      assertThat(client.get("/ready").status()).isEqualTo(503);
      assertThat(client.get("/health/live").status()).as("a live process is not restarted for its database").isEqualTo(200);
    } finally {
      execute(undo);
    }
    assertThat(client.get("/health/ready").status()).as("ready again once the schema is back").isEqualTo(200);
  }

  @Test
  void readiness_turns_503_when_the_schema_history_cannot_be_read() throws Exception {
    execute("ALTER TABLE flyway_schema_history RENAME TO flyway_schema_history_away");
    try {
      Answer ready = client.get("/health/ready");

      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.json()).isEqualTo(json("{\"error_code\":50001,\"message\":"
          + "\"This node cannot read its database's schema history; requests that need it may fail.\"}"));
    } finally {
      execute("ALTER TABLE flyway_schema_history_away RENAME TO flyway_schema_history");
    }
  }

  private String newestMigration() throws Exception {
    try (Connection connection = storeConnection(); Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")) {
      row.next();
      return row.getString(1);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection connection = storeConnection(); Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }
}
