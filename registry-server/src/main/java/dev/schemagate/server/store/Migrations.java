package dev.schemagate.server.store;

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
 * Brings a database up to the newest schema with Flyway, from the versioned SQL files in
 * {@code db/migration}. A migration is never edited once released; a change is a new file.
 * A database that a newer server has already migrated further is refused rather than used:
 * this server does not know what those migrations changed.
 */
final class Migrations {
  private static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Applies the pending migrations; returns how many ran. */
  static int apply(DataSource database) {
    try {
      Flyway flyway = Flyway.configure().dataSource(database).locations(LOCATION).load();
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
