package dev.schemagate.cli;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.gate.CompatibilityGate;
import dev.schemagate.core.gate.Registration;
import dev.schemagate.core.gate.RegistryHistory;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schemagate register}: each local schema as its subject's next version, all or none. */
@Command(name = "register", mixinStandardHelpOptions = true,
    description = "Registers each local schema as its subject's next version. Every schema is checked against the registry first,"
        + " and nothing is registered if any is incompatible; a schema the subject already has is left as it is.")
final class RegisterCommand implements Callable<Integer> {
  @Option(names = "--dry-run", description = "Checks and reports what would be registered without registering anything.")
  boolean dryRun;

  @Mixin LocalSchemas local = new LocalSchemas();
  @Mixin Levels levels = new Levels();
  @Mixin Registry registry = new Registry();
  @Mixin Output output = new Output();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RegistryClient client = registry.client("register");
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    LocalSchemas.Read read = local.read("register", err);
    if (read.files().isEmpty()) {
      return SchemaGateCli.PASSED;
    }
    output.messages(out, err).println(LocalSchemas.announce(dryRun ? "Dry run: checking" : "Registering", read, " with registry " + client.url()));
    CompatibilityGate gate = new CompatibilityGate(new RegistryHistory(client), levels.choice(), CompatibilityChecker.create());
    return output.finish(new Registration(client, gate, dryRun).register(read.files()), out, err);
  }
}
