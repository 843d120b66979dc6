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
 * Restores a backup file into an empty store, or copies a running Confluent-compatible registry
 * into a running SchemaGate ({@link MigrationOptions}).
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Restores a backup written by export into an empty store, every id and version unchanged:",
        "  schemagate-registry-server import --from backup.json --db new.db",
        "or copies every subject, version, id, configuration and mode of a running Confluent-compatible registry into a"
            + " running SchemaGate through both registries' REST API (IMPORT mode); run it again to resume, it copies"
            + " only what is missing:",
        "  schemagate-registry-server import --from-registry http://old:8081 --to http://new:8081",
        "Exit codes: 0 everything copied, 1 something was not copied (each named, with the reason), 2 wrong usage."})
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Option(names = "--from", paramLabel = "FILE", description = "The backup file to restore.")
  Path file;

  @Option(names = "--db", paramLabel = "FILE|JDBC_URL",
      description = "With --from: the empty store to restore into, an SQLite database file or jdbc: URL; its tables are"
          + " created when missing (SCHEMAGATE_DB).")
  String database;

  @CommandLine.Mixin MigrationOptions migration = new MigrationOptions();

  @Override
  public Integer call() {
    if ((file == null) == (migration.sourceUrl == null)) {
      throw usage("give either --from FILE (a backup) or --from-registry URL (a running registry)");
    }
    if (file == null) {
      if (database != null && spec.commandLine().getParseResult().hasMatchedOption("--db")) {
        throw usage("--db goes with --from FILE; a migration writes into the running registry named by --to");
      }
      return migration.run(spec, main.environment());
    }
    if (migration.targetUrl != null) {
      throw usage("--to goes with --from-registry; a backup is restored into the store named by --db");
    }
    if (database == null) {
      throw usage("--from FILE needs --db, the empty store to restore into");
    }
    if (!Files.isRegularFile(file)) {
      throw usage("--from: there is no backup file " + file);
    }
    String url = StoreLocations.jdbcUrl(spec, "--db", database);
    try (JdbiSchemaStore store = StoreLocations.open(url, main.environment())) {
      StoreCopy.Copied restored = StoreBackup.restore(file, store);
      spec.commandLine().getOut().printf("Restored %s from %s into %s%n", restored.counts(), file, store.describe());
    }
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
