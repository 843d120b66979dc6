package dev.schemagate.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** One test class's database on the run's PostgreSQL server. */
public record PostgresDatabase(PostgresServer server, String url) {
  public static final String USER = "postgres";

  /** Runs SQL on the database directly, as an operator would. */
  public void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
    }
  }

  /** Empties the registry's tables and restarts their ids, as if freshly created. */
  public void empty() {
    execute("DO $$ BEGIN IF to_regclass('schemas') IS NOT NULL THEN"
        + " TRUNCATE schema_references, subject_versions, schemas, configs, modes, audit_trail RESTART IDENTITY;"
        + " END IF; END $$");
  }
}
