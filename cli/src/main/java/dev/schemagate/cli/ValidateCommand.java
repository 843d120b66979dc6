package dev.schemagate.cli;

import dev.schemagate.core.gate.Validation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code schemagate validate}: every schema file parses and passes its language's rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks that every schema file parses and passes its language's rules, with references between local files resolved.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin LocalSchemas local = new LocalSchemas();
  @Mixin Output output = new Output();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    LocalSchemas.Read read = local.read("validate", err);
    if (read.files().isEmpty()) {
      return SchemaGateCli.PASSED;
    }
    output.messages(out, err).println(LocalSchemas.announce("Validating", read, ""));
    return output.finish(Validation.of(read.files()), out, err);
  }
}
