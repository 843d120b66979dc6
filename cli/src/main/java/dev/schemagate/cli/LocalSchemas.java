package dev.schemagate.cli;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import dev.schemagate.core.gate.Baselines;
import dev.schemagate.core.gate.SubjectFile;
import dev.schemagate.core.gate.SubjectNaming;
import dev.schemagate.core.gate.Subjects;
import dev.schemagate.core.report.ConsoleReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The local schema files and their subjects, as validate, check and register read them. */
final class LocalSchemas {
  @Option(names = "--schemas", paramLabel = "DIR", defaultValue = "src/main/schemas",
      description = "The folder of schema files: .avsc files are Avro, .json files JSON Schema. Default: ${DEFAULT-VALUE}.")
  Path folder;

  @Option(names = "--subject-naming", paramLabel = "NAMING", defaultValue = "FILE_NAME",
      description = "FILE_NAME (OrderPlaced.avsc is subject OrderPlaced) or SCHEMA_NAME (the schema's own name). Default: ${DEFAULT-VALUE}.")
  SubjectNaming naming;

  @Option(names = "--subject-suffix", paramLabel = "SUFFIX", description = "Appended to every named subject, e.g. -value.")
  String suffix;

  @Option(names = "--subject-mapping", paramLabel = "FILE=SUBJECT",
      description = "An explicit subject; FILE is a path below the schema folder or a file name. Repeat for several.")
  Map<String, String> mappings = new LinkedHashMap<>();

  /** The files read, with their catalog. */
  record Read(SchemaCatalog catalog, List<SubjectFile> files, String shown) {}

  /** The current directory: paths in messages and reports are relative to it. */
  static Path here() {
    return Path.of("").toAbsolutePath();
  }

  static String display(Path path) {
    return Baselines.display(here(), path);
  }

  /** Reads the folder; warns when it holds no schema. */
  Read read(String command, PrintWriter warnings) {
    String shown = display(folder);
    if (!Files.isDirectory(folder)) {
      throw new SchemaGateException("The schema folder " + shown + " does not exist; point --schemas at the folder of .avsc and .json files.");
    }
    SchemaCatalog catalog = SchemaCatalog.load(SchemaFiles.directory(folder, shown));
    List<SubjectFile> files = new Subjects(naming, suffix, mappings).assign(catalog.parseAll(), shown);
    if (files.isEmpty()) {
      warnings.println("No .avsc or .json schema files in " + shown + "; nothing to " + command + ".");
    }
    return new Read(catalog, files, shown);
  }

  /** {@code Checking 3 schema files in src/main/schemas against baseline src/baseline}. */
  static String announce(String doing, Read read, String rest) {
    return doing + " " + ConsoleReport.count(read.files().size(), "schema file") + " in " + read.shown() + rest;
  }
}
