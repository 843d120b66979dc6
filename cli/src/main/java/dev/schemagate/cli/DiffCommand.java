package dev.schemagate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFile;
import dev.schemagate.core.catalog.SchemaFiles;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.SubjectVersion;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.diff.SchemaDiff;
import dev.schemagate.core.diff.SchemaDiffReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code schemagate diff OLD NEW}: what changed between two versions, and what each change breaks. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Shows what changed between two versions of a schema (fields and properties added, removed, changed) and what each"
        + " change breaks at --level. OLD and NEW are schema files (.avsc, .json) or registry versions registry:SUBJECT:VERSION"
        + " (VERSION a number or latest; needs --registry).")
final class DiffCommand implements Callable<Integer> {
  static final String REGISTRY_PREFIX = "registry:";

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
  String old;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version.")
  String current;

  @Option(names = {"--level", "--compatibility"}, paramLabel = "LEVEL", defaultValue = "BACKWARD",
      description = "The level each change is judged at. Default: ${DEFAULT-VALUE}.")
  CompatibilityLevel level;

  @Option(names = "--policy", paramLabel = "POLICY", defaultValue = "STRICT", description = "The JSON Schema policy. Default: ${DEFAULT-VALUE}.")
  CompatibilityPolicy policy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Mixin Registry registry = new Registry();
  @Spec CommandSpec spec;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One side of the diff: its schema, its version and where its text is, for line numbers. */
  record Side(String shown, VersionedSchema schema, boolean isFile) {}

  @Override
  public Integer call() throws IOException {
    boolean json = switch (format.trim().toLowerCase()) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new SchemaGateException("diff writes --format text or json, not \"" + format.trim() + "\".");
    };
    if (level == CompatibilityLevel.NONE) {
      throw new SchemaGateException("diff judges changes at a level, and NONE judges nothing; give --level BACKWARD, FORWARD or FULL.");
    }
    Side before = side(old, 1);
    Side after = side(current, before.schema().version() + 1);
    SchemaDiffReport report = new SchemaDiff(CompatibilityChecker.create()).diff(before.schema(), after.schema().schema(), level, policy);
    var out = spec.commandLine().getOut();
    if (json) {
      out.print(MAPPER.writeValueAsString(DiffReports.json(report, before, after)) + "\n");
    } else {
      DiffReports.text(report, before, after).forEach(out::println);
    }
    out.flush();
    (json ? spec.commandLine().getErr() : out).println(DiffReports.lastLine(report, before, after));
    return report.isCompatible() ? SchemaGateCli.PASSED : SchemaGateCli.FAILED;
  }

  private Side side(String spec, int fileVersion) throws IOException {
    if (spec.startsWith(REGISTRY_PREFIX)) {
      String rest = spec.substring(REGISTRY_PREFIX.length());
      int colon = rest.lastIndexOf(':');
      if (colon <= 0 || colon == rest.length() - 1) {
        throw new SchemaGateException("\"" + spec + "\" names no registry version; write registry:SUBJECT:VERSION, e.g. registry:orders-value:3"
            + " or registry:orders-value:latest.");
      }
      RegistryClient client = registry.client("diff");
      SubjectVersion found = client.version(rest.substring(0, colon), rest.substring(colon + 1));
      return new Side(spec, new VersionedSchema(found.version(), client.parse(found.schema())), false);
    }
    Path file = Path.of(spec).toAbsolutePath().normalize();
    if (SchemaFile.typeOf(file.getFileName().toString()).isEmpty()) {
      throw new SchemaGateException(
          "The file " + spec + " is neither .avsc (Avro) nor .json (JSON Schema); diff reads those, or registry:SUBJECT:VERSION.");
    }
    if (!Files.isRegularFile(file)) {
      throw new SchemaGateException("The file " + spec + " does not exist; give the path of a schema file.");
    }
    // read through its folder, so that references to the schemas beside it resolve as validate resolves them
    SchemaCatalog folder = SchemaCatalog.load(SchemaFiles.directory(file.getParent(), LocalSchemas.display(file.getParent())));
    String name = file.getFileName().toString();
    LocalSchema parsed = folder.parse(new SchemaFile(name, SchemaFile.typeOf(name).orElseThrow(), Files.readString(file)));
    if (!parsed.isValid()) {
      throw new SchemaGateException("The file " + spec + " is no valid " + parsed.file().type() + " schema ("
          + parsed.problems().get(0).message() + "); run schemagate validate on its folder to see every problem.");
    }
    return new Side(LocalSchemas.display(file), new VersionedSchema(fileVersion, parsed.schema()), true);
  }
}
