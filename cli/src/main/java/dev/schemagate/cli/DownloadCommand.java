package dev.schemagate.cli;

import dev.schemagate.core.gate.Download;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schemagate download}: subjects of a registry as schema files, with what they reference. */
@Command(name = "download", mixinStandardHelpOptions = true,
    description = "Writes the latest, a given, or every version of subjects as schema files, with the schemas they reference, so that"
        + " validate and check can read them offline. With --version all each subject gets a folder of numbered versions, the layout"
        + " check reads as a baseline.")
final class DownloadCommand implements Callable<Integer> {
  @Option(names = "--subject", paramLabel = "SUBJECT", description = "A subject to download; repeat for several.")
  List<String> subjects = new ArrayList<>();

  @Option(names = "--subject-pattern", paramLabel = "REGEX", description = "Every subject whose whole name matches is downloaded too.")
  String pattern;

  @Option(names = "--version", paramLabel = "VERSION", defaultValue = "latest",
      description = "latest, a version number, or all. Default: ${DEFAULT-VALUE}.")
  String version;

  @Option(names = "--output-dir", paramLabel = "DIR", required = true, description = "Where the schema files are written.")
  Path directory;

  @Mixin Registry registry = new Registry();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!version.trim().matches("(?i)latest|all|[1-9][0-9]{0,8}")) {
      throw new dev.schemagate.core.SchemaGateException(
          "--version is \"" + version.trim() + "\"; give latest, all or a version number such as 3.");
    }
    var out = spec.commandLine().getOut();
    List<Download.Written> written = new Download(registry.client("download")).download(subjects, pattern, version, directory);
    for (Download.Written file : written) {
      out.println(file.subject() + " version " + file.version() + " -> " + LocalSchemas.display(file.file())
          + (file.usedBy() == null ? "" : " (used by " + file.usedBy() + ")"));
    }
    out.println("SchemaGate download wrote " + written.size() + " schema file" + (written.size() == 1 ? "" : "s") + " to "
        + LocalSchemas.display(directory) + "; check them with: schemagate validate --schemas " + LocalSchemas.display(directory));
    return SchemaGateCli.PASSED;
  }
}
