package dev.schemagate.server;

import dev.schemagate.server.store.JdbiSchemaStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The store options of the commands that work on a store without serving it (copy, export, import). */
final class StoreLocations {
  private StoreLocations() {}

  /** A JDBC URL as given, or the jdbc:sqlite: URL of a file; checked as the server checks --db. */
  static String jdbcUrl(CommandSpec spec, String option, String value) {
    ServerConfig check = new ServerConfig();
    try {
      if (value.startsWith("jdbc:")) {
        check.jdbcUrl(value);
      } else {
        check.database(Path.of(value));
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
    return check.jdbcUrl();
  }

  /** Refuses an SQLite source that does not exist: opening it would create an empty one. */
  static void requireExisting(CommandSpec spec, String option, String jdbcUrl, String purpose) {
    if (!JdbiSchemaStore.isPostgresql(jdbcUrl) && !Files.isRegularFile(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + ": there is no database file " + jdbcUrl.substring("jdbc:sqlite:".length()) + " to " + purpose);
    }
  }

  /** Opens a store with the PostgreSQL login from SCHEMAGATE_DB_USER and SCHEMAGATE_DB_PASSWORD, as the server does. */
  static JdbiSchemaStore open(String jdbcUrl, Map<String, String> environment) {
    return JdbiSchemaStore.open(jdbcUrl, environment.get("SCHEMAGATE_DB_USER"), environment.get("SCHEMAGATE_DB_PASSWORD"), 2);
  }
}
