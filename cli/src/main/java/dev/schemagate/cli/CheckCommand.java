package dev.schemagate.cli;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.gate.Baselines;
import dev.schemagate.core.gate.CompatibilityGate;
import dev.schemagate.core.gate.History;
import dev.schemagate.core.gate.RegistryHistory;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schemagate check}: each local schema against its subject's earlier versions. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks each local schema against its subject's earlier versions at its compatibility level: from a baseline folder,"
        + " a commit of the git repository (--baseline git:origin/main) or a running registry (--registry).")
final class CheckCommand implements Callable<Integer> {
  @Option(names = "--baseline", paramLabel = "DIR|git:REF",
      description = "A folder of earlier schemas under the same paths, or a folder per schema with numbered versions"
          + " (OrderPlaced/1.avsc); or git:<ref> to read the schema folder at that commit.")
  String baseline;

  @Mixin LocalSchemas local = new LocalSchemas();
  @Mixin Levels levels = new Levels();
  @Mixin Registry registry = new Registry();
  @Mixin Output output = new Output();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    boolean hasBaseline = baseline != null && !baseline.isBlank();
    if (hasBaseline && registry.isGiven()) {
      throw new SchemaGateException("check is given both --baseline and --registry; give one of them.");
    }
    if (!hasBaseline && !registry.isGiven()) {
      throw new SchemaGateException("check needs earlier versions to compare with: give --baseline (a folder of earlier schemas, or"
          + " git:<ref>) or --registry (a running schema registry).");
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    LocalSchemas.Read read = local.read("check", err);
    if (read.files().isEmpty()) {
      return SchemaGateCli.PASSED;
    }
    History history = hasBaseline
        ? Baselines.open(baseline, LocalSchemas.here(), local.folder, read.catalog())
        : new RegistryHistory(registry.client("check"));
    output.messages(out, err).println(LocalSchemas.announce("Checking", read, " against " + history.describe()));
    return output.finish(new CompatibilityGate(history, levels.choice(), CompatibilityChecker.create()).check("check", read.files()), out, err);
  }
}
