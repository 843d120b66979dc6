package dev.schemagate.server;

import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.StoreBackup;
import dev.schemagate.server.store.StoreCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Writes a whole registry to one backup file. Safe while servers use the store: it reads one
 * snapshot, so the file shows the registry as it was at one moment.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes every schema with its id, every subject version (deleted ones too) with its references,"
        + " metadata and rule set, every configuration and mode, and the audit trail to one JSON backup file.",
        "Servers may keep running: the export reads one consistent snapshot of the store. The PostgreSQL user and"
            + " password come from SCHEMAGATE_DB_USER and SCHEMAGATE_DB_PASSWORD (or the URL).",
        "Example: schemagate-registry-server export --db registry.db --to backup.json"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Option(names = "--db", paramLabel = "FILE|JDBC_URL", defaultValue = "schemagate.db",
      description = "The store to export: an SQLite database file, or a JDBC URL of SQLite or PostgreSQL"
          + " (SCHEMAGATE_DB, default: ${DEFAULT-VALUE}).")
  String database;

  @Option(names = "--to", required = true, paramLabel = "FILE",
      description = "The backup file to write; it is written under another name beside it first, and renamed once complete.")
  Path file;

  @Override
  public Integer call() {
    String url = StoreLocations.jdbcUrl(spec, "--db", database);
    StoreLocations.requireExisting(spec, "--db", url, "export");
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to: the folder " + folder + " does not exist");
    }
    try (JdbiSchemaStore store = StoreLocations.open(url, main.environment())) {
      StoreCopy.Copied exported = StoreBackup.export(store, file);
      spec.commandLine().getOut().printf("Exported %s from %s to %s%n", exported.counts(), store.describe(), file);
    }
    return 0;
  }
}
