package dev.schemagate.server;

import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.StoreCopy;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Copies a registry from one store into a new, empty one, e.g. from the SQLite file a single
 * server used to the PostgreSQL database several nodes will share. Run it with the servers of the
 * source stopped, so that nothing changes during the copy.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
    description = {"Copies every schema, id, subject version (deleted ones too), configuration, mode and the audit trail"
        + " from one store into another, empty one; new ids continue after the highest the source ever handed out.",
        "Stop the servers of the source first. The PostgreSQL user and password come from SCHEMAGATE_DB_USER and"
            + " SCHEMAGATE_DB_PASSWORD (or the URL).",
        "Example: schemagate-registry-server copy --from /var/lib/schemagate/registry.db"
            + " --to jdbc:postgresql://db.internal:5432/schemagate"})
final class CopyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Option(names = "--from", required = true, paramLabel = "FILE|JDBC_URL",
      description = "The store to copy: an SQLite database file, a jdbc:sqlite: URL or a jdbc:postgresql:// URL.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "FILE|JDBC_URL",
      description = "The empty store to copy into; its tables are created when missing.")
  String to;

  @Override
  public Integer call() {
    String fromUrl = StoreLocations.jdbcUrl(spec, "--from", from);
    String toUrl = StoreLocations.jdbcUrl(spec, "--to", to);
    StoreLocations.requireExisting(spec, "--from", fromUrl, "copy");
    Map<String, String> environment = main.environment();
    try (JdbiSchemaStore source = StoreLocations.open(fromUrl, environment);
        JdbiSchemaStore target = StoreLocations.open(toUrl, environment)) {
      StoreCopy.Copied copied = StoreCopy.copy(source, target);
      spec.commandLine().getOut().printf("Copied %s from %s to %s%n", copied.counts(), source.describe(), target.describe());
    }
    return 0;
  }
}
