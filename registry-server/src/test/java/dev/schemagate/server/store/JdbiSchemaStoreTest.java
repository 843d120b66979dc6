package dev.schemagate.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.SchemaStore.Setting;
import dev.schemagate.server.store.SchemaStore.SubjectListing;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiSchemaStoreTest {
  @TempDir Path dir;
  private String url;
  private JdbiSchemaStore store;

  @BeforeEach
  void open() {
    url = JdbiSchemaStore.sqliteUrl(dir.resolve("store.db"));
    store = JdbiSchemaStore.sqlite(url);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static NewSchema schema(String key, String text) {
    return new NewSchema(key, SchemaType.AVRO, text, List.of(), null, null);
  }

  @Test
  void the_same_content_is_stored_once_and_shares_its_id() {
    SubjectVersion a = store.addVersion("a", schema("k1", "\"string\""), null, null);
    SubjectVersion b = store.addVersion("b", schema("k1", "\"string\""), null, null);

    assertThat(a.schemaId()).isEqualTo(b.schemaId()).isEqualTo(1);
    assertThat(store.schemaIdByContentKey("k1")).hasValue(1);
    assertThat(store.maxSchemaId()).isEqualTo(1);
    assertThat(store.versionsOfSchema(1)).containsExactly(new SubjectVersion("a", 1, 1, false), new SubjectVersion("b", 1, 1, false));
  }

  @Test
  void versions_count_up_per_subject_including_soft_deleted_ones() {
    store.addVersion("a", schema("k1", "\"string\""), null, null);
    store.addVersion("a", schema("k2", "\"int\""), null, null);
    store.markDeleted("a", List.of(2));

    SubjectVersion third = store.addVersion("a", schema("k3", "\"long\""), null, null);

    assertThat(third.version()).isEqualTo(3);
    assertThat(store.history("a")).extracting(SubjectVersion::deleted).containsExactly(false, true, false);
    assertThat(store.subjects("", SubjectListing.LIVE)).containsExactly("a");
  }

  @Test
  void subjects_are_listed_live_with_deleted_or_only_deleted_and_by_prefix() {
    store.addVersion("orders", schema("k1", "\"string\""), null, null);
    store.addVersion("orders", schema("k2", "\"int\""), null, null);
    store.markDeleted("orders", List.of(1));
    store.addVersion("order", schema("k1", "\"string\""), null, null);
    store.markDeleted("order", List.of(1));
    store.addVersion("payments", schema("k1", "\"string\""), null, null);
    store.addVersion("ordersäöü", schema("k1", "\"string\""), null, null);

    assertThat(store.subjects("", SubjectListing.LIVE)).containsExactly("orders", "ordersäöü", "payments");
    assertThat(store.subjects("", SubjectListing.WITH_DELETED)).containsExactly("order", "orders", "ordersäöü", "payments");
    assertThat(store.subjects("", SubjectListing.ONLY_DELETED)).containsExactly("order");
    assertThat(store.subjects("orders", SubjectListing.WITH_DELETED)).containsExactly("orders", "ordersäöü");
    assertThat(store.subjects("ordersä", SubjectListing.LIVE)).containsExactly("ordersäöü");
    assertThat(store.subjects("x", SubjectListing.LIVE)).isEmpty();
  }

  @Test
  void versions_are_listed_a_page_at_a_time_by_prefix_latest_only_and_counted() {
    store.addVersion("a", schema("k1", "\"string\""), null, null);
    store.addVersion("a", schema("k2", "\"int\""), null, null);
    store.addVersion("a", schema("k3", "\"long\""), null, null);
    store.markDeleted("a", List.of(3));
    store.addVersion("b", schema("k1", "\"string\""), null, null);
    store.addVersion("bc", schema("k2", "\"int\""), null, null);

    assertThat(store.versions("", false, false, 0, 10)).extracting(v -> v.subject() + "/" + v.version())
        .containsExactly("a/1", "a/2", "b/1", "bc/1");
    assertThat(store.versions("", true, false, 0, 10)).extracting(v -> v.subject() + "/" + v.version())
        .containsExactly("a/1", "a/2", "a/3", "b/1", "bc/1");
    assertThat(store.versions("", false, true, 0, 10)).extracting(v -> v.subject() + "/" + v.version())
        .containsExactly("a/2", "b/1", "bc/1");
    assertThat(store.versions("", true, true, 0, 10)).extracting(v -> v.subject() + "/" + v.version())
        .containsExactly("a/3", "b/1", "bc/1");
    assertThat(store.versions("b", false, false, 0, 10)).extracting(SubjectVersion::subject).containsExactly("b", "bc");
    assertThat(store.versions("", false, false, 1, 2)).extracting(v -> v.subject() + "/" + v.version())
        .containsExactly("a/2", "b/1");
    assertThat(store.versions("", false, false, 4, 2)).isEmpty();
    assertThat(store.countVersions(false)).isEqualTo(4);
    assertThat(store.countVersions(true)).isEqualTo(5);
  }

  @Test
  void permanent_deletes_remove_orphaned_schemas_and_ids_are_never_reused() {
    store.addVersion("a", schema("k1", "\"string\""), null, null);
    store.addVersion("b", schema("k2", "\"int\""), null, null);

    assertThat(store.deletePermanently("b", List.of(1))).containsExactly(2);
    assertThat(store.schema(2)).isEmpty();

    assertThat(store.addVersion("c", schema("k3", "\"long\""), null, null).schemaId()).isEqualTo(3);
  }

  @Test
  void references_are_kept_in_order_and_found_by_their_target() {
    store.addVersion("base", schema("k1", "\"string\""), null, null);
    List<SchemaReference> references = List.of(new SchemaReference("x.Y", "base", 1), new SchemaReference("z", "other", 2));
    store.addVersion("user", new NewSchema("k2", SchemaType.AVRO, "{}", references, "{\"a\":1}", null), null, null);

    assertThat(store.schema(2).orElseThrow()).isEqualTo(new StoredSchema(2, SchemaType.AVRO, "{}", references, "{\"a\":1}", null));
    assertThat(store.referencingSchemaIds("base", 1)).containsExactly(2);
  }

  @Test
  void an_import_keeps_the_given_id_and_version_and_may_replace_a_version() {
    SubjectVersion imported = store.addVersion("a", schema("k1", "\"string\""), 500, 7);
    store.addVersion("a", schema("k2", "\"int\""), 501, 7);

    assertThat(imported).isEqualTo(new SubjectVersion("a", 7, 500, false));
    assertThat(store.history("a")).containsExactly(new SubjectVersion("a", 7, 501, false));
    assertThat(store.addVersion("b", schema("k3", "\"long\""), null, null).schemaId()).isEqualTo(502);
  }

  @Test
  void settings_are_put_read_and_deleted_per_subject_and_globally() {
    store.putSetting(Setting.CONFIG, SchemaStore.GLOBAL, "{\"compatibilityLevel\":\"FULL\"}");
    store.putSetting(Setting.CONFIG, "a", "{\"compatibilityLevel\":\"NONE\"}");
    store.putSetting(Setting.CONFIG, "a", "{\"compatibilityLevel\":\"FORWARD\"}");
    store.putSetting(Setting.MODE, "a", "READONLY");

    assertThat(store.setting(Setting.CONFIG, SchemaStore.GLOBAL)).hasValue("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(store.setting(Setting.CONFIG, "a")).hasValue("{\"compatibilityLevel\":\"FORWARD\"}");
    assertThat(store.setting(Setting.MODE, "a")).hasValue("READONLY");
    assertThat(store.setting(Setting.MODE, SchemaStore.GLOBAL)).isEmpty();
    assertThat(store.deleteSetting(Setting.CONFIG, "a")).isTrue();
    assertThat(store.deleteSetting(Setting.CONFIG, "a")).isFalse();
    assertThat(store.setting(Setting.MODE, "a")).as("the mode stays").hasValue("READONLY");
    assertThat(store.deleteSetting(Setting.MODE, "a")).isTrue();
    assertThat(store.setting(Setting.CONFIG, "a")).isEmpty();
  }

  @Test
  void data_survives_closing_and_reopening_and_migrations_run_once() throws Exception {
    store.addVersion("a", schema("k1", "\"string\""), null, null);
    store.close();

    store = JdbiSchemaStore.sqlite(url);

    assertThat(store.history("a")).hasSize(1);
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, script, success FROM flyway_schema_history")) {
      for (String[] migration : new String[][] {{"1", "V1__schemas_subjects_settings.sql"}, {"2", "V2__audit_trail.sql"}, {"3", "V3__text_escaping.sql"}}) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo(migration[0]);
        assertThat(rows.getString(2)).isEqualTo(migration[1]);
        assertThat(rows.getBoolean(3)).isTrue();
      }
      assertThat(rows.next()).as("each migration ran once, at the first opening").isFalse();
    }
  }

  @Test
  void every_connection_runs_in_wal_mode_with_foreign_keys_a_busy_timeout_and_full_sync() throws Exception {
    SqliteConnections connections = new SqliteConnections(url);
    Connection connection = connections.openConnection();
    try (Statement statement = connection.createStatement()) {
      assertThat(pragma(statement, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(statement, "foreign_keys")).isEqualTo("1");
      assertThat(pragma(statement, "busy_timeout")).isEqualTo("10000");
      assertThat(pragma(statement, "synchronous")).as("FULL: a commit is fsynced before it returns").isEqualTo("2");
      assertThatThrownBy(() -> statement.execute(
          "INSERT INTO subject_versions (subject, version, schema_id, deleted, registered_at) VALUES ('z', 1, 999, 0, 0)"))
          .hasMessageContaining("FOREIGN KEY constraint failed");
    } finally {
      connections.closeConnection(connection);
      connections.close();
    }
  }

  private static String pragma(Statement statement, String name) throws java.sql.SQLException {
    try (ResultSet value = statement.executeQuery("PRAGMA " + name)) {
      value.next();
      return value.getString(1);
    }
  }

  @Test
  void a_database_written_by_a_newer_server_is_refused() throws Exception {
    store.close();
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
          + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
    }

    assertThatThrownBy(() -> JdbiSchemaStore.sqlite(url))
        .isInstanceOf(StoreException.class)
        .hasMessage("The database was written by a newer version of the server (schema version 99, this server knows 3);"
            + " use that version or a copy of the data.");
    store = JdbiSchemaStore.sqlite(JdbiSchemaStore.sqliteUrl(dir.resolve("other.db")));
  }
}
