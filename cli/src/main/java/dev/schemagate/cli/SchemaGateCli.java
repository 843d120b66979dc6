package dev.schemagate.cli;

import dev.schemagate.core.SchemaGateException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code schemagate} command line: the build gate of the Maven plugin for any build tool and CI.
 * Exit codes: 0 passed, 1 incompatible or invalid, 2 usage or configuration error.
 */
@Command(
    name = "schemagate",
    mixinStandardHelpOptions = true,
    versionProvider = SchemaGateCli.Version.class,
    description = "Fails builds whose event schema changes would break consumers.",
    subcommands = {
      ValidateCommand.class, CheckCommand.class, RegisterCommand.class, DownloadCommand.class,
      SetCompatibilityCommand.class, DiffCommand.class, CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 passed, 1 incompatible or invalid, 2 usage or configuration error."})
public final class SchemaGateCli implements Runnable {
  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // the schema libraries log through SLF4J, and the jar carries no provider on purpose: the command's
    // words are its own lines, not SLF4J's warning that it has no provider
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command line and answers its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(new SchemaGateCli());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    line.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    line.setParameterExceptionHandler((problem, arguments) -> {
      CommandLine failed = problem.getCommandLine();
      failed.getErr().println(problem.getMessage());
      failed.getErr().println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' to see its options.");
      return USAGE;
    });
    line.setExecutionExceptionHandler((problem, failed, parsed) -> {
      if (problem instanceof SchemaGateException) {
        failed.getErr().println(problem.getMessage());
      } else {
        failed.getErr().println(failed.getCommandSpec().qualifiedName() + " stopped on an unexpected " + problem.getClass().getSimpleName()
            + (problem.getMessage() == null ? "" : " (" + problem.getMessage() + ")")
            + "; please report it with the command line that caused it.");
      }
      return USAGE;
    });
    int exit = line.execute(args);
    line.getOut().flush();
    line.getErr().flush();
    return exit;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: validate, check, register, download, set-compatibility or diff.");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = SchemaGateCli.class.getPackage().getImplementationVersion();
      return new String[] {"schemagate " + (version == null ? "(development build)" : version)};
    }
  }
}
