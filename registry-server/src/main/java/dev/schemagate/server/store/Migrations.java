package dev.schemagate.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Brings a database up to the newest schema by running, in order and each in its own transaction,
 * the migrations it has not run yet. A migration is never edited once released; a change is a new
 * file appended to {@link #FILES}.
 */
final class Migrations {
  static final List<String> FILES = List.of("V1__schemas_subjects_settings.sql");

  private Migrations() {}

  /** Applies the pending migrations; returns how many ran. */
  static int apply(Handle handle) {
    handle.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
            + " version INTEGER PRIMARY KEY, file TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    int applied = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").mapTo(Integer.class).one();
    if (applied > FILES.size()) {
      throw new StoreException(
          "The database was written by a newer version of the server (schema version " + applied
              + ", this server knows " + FILES.size() + "); use that version or a copy of the data.");
    }
    int ran = 0;
    for (int version = applied + 1; version <= FILES.size(); version++) {
      String file = FILES.get(version - 1);
      String sql = read(file);
      int number = version;
      handle.useTransaction(
          transaction -> {
            transaction.createScript(sql).execute();
            transaction
                .createUpdate("INSERT INTO schema_migrations (version, file, applied_at) VALUES (?, ?, ?)")
                .bind(0, number)
                .bind(1, file)
                .bind(2, System.currentTimeMillis())
                .execute();
          });
      ran++;
    }
    return ran;
  }

  private static String read(String file) {
    String resource = "/db/migration/" + file;
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("migration " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
