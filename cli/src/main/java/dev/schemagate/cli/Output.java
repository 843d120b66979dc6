package dev.schemagate.cli;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.report.ConsoleReport;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.ReportFormat;
import dev.schemagate.core.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a command's report goes: one format on standard output, any formats into files. Standard
 * output holds exactly the chosen format; with {@code text} it also holds the first line (what is
 * done) and the last (what to do), which otherwise go to standard error.
 */
final class Output {
  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "The report on standard output: text, json, junit, markdown, github (GitHub Actions annotations) or sarif. Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT=FILE", mapFallbackValue = "",
      description = "Also writes the report in FORMAT to FILE; repeat for several, e.g. -o sarif=build/schemagate.sarif -o junit=build/TEST-schemagate.xml.")
  Map<ReportFormat, Path> files = new LinkedHashMap<>();

  /** Where the first and last lines go. */
  PrintWriter messages(PrintWriter out, PrintWriter err) {
    return format == ReportFormat.TEXT ? out : err;
  }

  /** Prints and writes the report, ends with what to do, and answers the exit code. */
  int finish(GateReport report, PrintWriter out, PrintWriter err) {
    for (Map.Entry<ReportFormat, Path> file : files.entrySet()) {
      if (file.getValue() == null || file.getValue().toString().isBlank()) {
        throw new SchemaGateException("--output " + file.getKey().name().toLowerCase() + "= names no file; write e.g. -o "
            + file.getKey().name().toLowerCase() + "=build/" + file.getKey().fileName(report.goal()) + ".");
      }
      ReportWriter.write(file.getValue(), file.getKey().render(report), "choose another --output file");
    }
    out.print(format.render(report));
    out.flush();
    messages(out, err).println(report.hasFailures() ? ConsoleReport.failureMessage(report) : ConsoleReport.passMessage(report));
    return report.hasFailures() ? SchemaGateCli.FAILED : SchemaGateCli.PASSED;
  }
}
