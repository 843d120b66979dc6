package dev.schemagate.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a database up to the newest schema with Flyway, from the versioned SQL files of its
 * dialect ({@code db/migration} for SQLite, {@code db/postgresql} for PostgreSQL; the same version
 * numbers make the same change in both). A migration is never edited once released; a change is a
 * new file.
 * A database that a newer server has already migrated further is refused rather than used:
 * this server does not know what those migrations changed.
 */
final class Migrations {
  /** The advisory lock PostgreSQL nodes hold while they look at and migrate the schema. */
  private static final long MIGRATION_LOCK = 0x5347_4d69_6772_61L;

  private Migrations() {}

  /** Opens a connection of its own for holding a lock while Flyway works on others. */
  interface LockConnection {
    Connection open() throws SQLException;
  }

  /**
   * Applies the pending migrations; returns how many ran. On PostgreSQL the whole of it (reading
   * the schema's version, refusing a newer one, migrating) runs under one advisory lock that
   * {@code lock} holds, so that several nodes starting at once on an empty database take turns:
   * the first creates the tables, the others find them made.
   */
  static int apply(DataSource database, Dialect dialect, LockConnection lock) {
    if (lock == null) {
      return migrate(database, dialect);
    }
    try (Connection held = lock.open(); Statement statement = held.createStatement()) {
      statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK + ")");
      try {
        return migrate(database, dialect);
      } finally {
        statement.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK + ")");
      }
    } catch (SQLException e) {
      throw new StoreUnavailable("The database could not be locked for its migrations: " + e.getMessage(), e);
    }
  }

  private static int migrate(DataSource database, Dialect dialect) {
    try {
      Flyway flyway = Flyway.configure().dataSource(database).locations(dialect.migrations()).load();
      refuseNewer(flyway.info());
      return flyway.migrate().migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("The database could not be brought to this server's schema: " + e.getMessage(), e);
    }
  }

  private static void refuseNewer(MigrationInfoService info) {
    Optional<MigrationVersion> future = versions(info, true).max(Comparator.naturalOrder());
    if (future.isPresent()) {
      String known = versions(info, false).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("none");
      throw new StoreException("The database was written by a newer version of the server (schema version "
          + future.get().getVersion() + ", this server knows " + known + "); use that version or a copy of the data.");
    }
  }

  private static Stream<MigrationVersion> versions(MigrationInfoService info, boolean future) {
    return Arrays.stream(info.all())
        .filter(m -> m.getVersion() != null)
        .filter(m -> isFuture(m) == future)
        .map(MigrationInfo::getVersion);
  }

  private static boolean isFuture(MigrationInfo migration) {
    return migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED;
  }
}
