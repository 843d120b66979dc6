package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.server.store.StoreException;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server on PostgreSQL as an operator starts it: the URL, the login, the ready line, the migrations. */
@ExtendWith(PostgresExtension.class)
class PostgresStoreTest {
  private static final Pattern START_LINE = Pattern.compile(
      "INFO Main - SchemaGate registry listening on http://127\\.0\\.0\\.1:(\\d+) \\(store: PostgreSQL, database: (\\S+)\\)");

  @Test
  void starts_on_postgresql_names_the_store_and_never_prints_the_password(PostgresDatabase database) throws Exception {
    String password = "pw-from-environment-7319";
    String inUrl = "pw-in-the-url-4410";
    // trust authentication accepts any password, so both ways of giving one can be tried for what the log shows
    for (Map<String, String> environment : List.of(
        Map.of("SCHEMAGATE_DB", database.url(), "SCHEMAGATE_DB_USER", "postgres", "SCHEMAGATE_DB_PASSWORD", password),
        Map.of("SCHEMAGATE_DB", database.url() + "?user=postgres&password=" + inUrl + "&connectTimeout=2"))) {
      Process process = MainTest.launch(environment, "--host", "127.0.0.1", "--port", "0");
      BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = output.readLine();
      Matcher start = START_LINE.matcher(line);
      assertThat(start.find()).as(line).isTrue();
      // host, port and database only: the URL's parameters may hold secrets too (sslpassword)
      assertThat(start.group(2)).isEqualTo(database.url().substring("jdbc:postgresql://".length()));

      HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + start.group(1));
      assertThat(client.register("orders-value", null, "\"string\"").json().get("id").asInt()).isEqualTo(1);
      assertThat(client.get("/subjects/orders-value/versions/1").json().get("schema").asText()).isEqualTo("\"string\"");
      assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String everything = line + "\n" + String.join("\n", output.lines().toList());
      assertThat(everything).contains("INFO Main - Stopped").doesNotContain(password).doesNotContain(inUrl);
    }
  }

  @Test
  void nodes_starting_at_once_on_an_empty_database_all_come_up_and_migrate_it_once(PostgresDatabase classDatabase)
      throws Exception {
    String empty = classDatabase.server().createDatabase();
    int nodes = 4;
    CountDownLatch ready = new CountDownLatch(1);
    List<CompletableFuture<RegistryServer>> starting = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      starting.add(CompletableFuture.supplyAsync(() -> {
        try {
          ready.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(empty)
            .databaseLogin(PostgresDatabase.USER, null).databasePoolSize(2)).start();
      }));
    }
    ready.countDown();
    List<RegistryServer> servers = new ArrayList<>();
    try {
      for (CompletableFuture<RegistryServer> node : starting) {
        servers.add(node.get(60, TimeUnit.SECONDS));
      }
      for (RegistryServer server : servers) {
        assertThat(new HttpClientForTests(server.url()).get("/subjects").text()).isEqualTo("[]");
      }
      try (Connection connection = DriverManager.getConnection(empty, PostgresDatabase.USER, "");
          ResultSet rows = connection.createStatement().executeQuery(
              "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
        List<String> applied = new ArrayList<>();
        while (rows.next()) {
          applied.add(rows.getString(1) + ":" + rows.getBoolean(2));
        }
        assertThat(applied).containsExactly("1:true", "2:true", "3:true");
      }
    } finally {
      servers.forEach(RegistryServer::close);
    }
  }

  @Test
  void refuses_a_database_that_a_newer_server_migrated(PostgresDatabase classDatabase) {
    String database = classDatabase.server().createDatabase();
    RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(database)
        .databaseLogin(PostgresDatabase.USER, null)).start().close();
    new PostgresDatabase(classDatabase.server(), database).execute(
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
            + " execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0,"
            + " 'postgres', 1, true)");

    assertThatThrownBy(() -> RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(database)
            .databaseLogin(PostgresDatabase.USER, null)).start())
        .isInstanceOf(StoreException.class)
        .hasMessage("The database was written by a newer version of the server (schema version 99, this server knows 3);"
            + " use that version or a copy of the data.");
  }

  @Test
  void text_stored_before_the_escaping_reads_back_as_it_was_after_the_migration(PostgresDatabase classDatabase) {
    String database = classDatabase.server().createDatabase();
    String proto = "syntax = \"proto3\";\n// \u0001 and \u0001\u0002\nmessage P {\n  string a = 1;\n}\n";
    try (RegistryServer node = RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(database)
        .databaseLogin(PostgresDatabase.USER, null)).start()) {
      assertThat(new HttpClientForTests(node.url()).register("p-value", "PROTOBUF", proto).status()).isEqualTo(200);
    }
    // as a server before the escaping wrote it: U+0001 as it is, and the escaping's migration not yet run
    PostgresDatabase stored = new PostgresDatabase(classDatabase.server(), database);
    stored.execute("UPDATE schemas SET schema_text = replace(schema_text, E'\\x01\\x02', E'\\x01')");
    stored.execute("DELETE FROM flyway_schema_history WHERE version = '3'");

    try (RegistryServer node = RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(database)
        .databaseLogin(PostgresDatabase.USER, null)).start()) {
      assertThat(new HttpClientForTests(node.url()).get("/schemas/ids/1/schema").text()).isEqualTo(proto);
    }
  }
}
