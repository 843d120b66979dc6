package dev.schemagate.core.report;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.gate.FileWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes a goal's reports into one folder, by default {@code <goal>.json}, {@code
 * TEST-schemagate-<goal>.xml} (the name CI servers look for) and {@code <goal>.md}; any {@link
 * ReportFormat} can be chosen.
 */
public final class ReportWriter {
  public static final List<ReportFormat> DEFAULT_FORMATS = List.of(ReportFormat.JSON, ReportFormat.JUNIT, ReportFormat.MARKDOWN);

  private ReportWriter() {}

  /** Writes the three default reports and answers their paths. */
  public static List<Path> write(GateReport report, Path directory) {
    return write(report, directory, DEFAULT_FORMATS);
  }

  /** Writes one report per format and answers their paths. */
  public static List<Path> write(GateReport report, Path directory, Collection<ReportFormat> formats) {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      Path file = directory.resolve(format.fileName(report.goal()));
      write(file, format.render(report), "choose another reportDirectory");
      written.add(file);
    }
    return written;
  }

  /**
   * Writes one file, creating its folder.
   *
   * @param fix the end of the sentence when it cannot be written, e.g. {@code choose another reportDirectory}
   */
  public static void write(Path file, String text, String fix) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaGateException(
          "The reports cannot be written to " + file.toAbsolutePath().getParent() + " because " + FileWrites.because(e) + "; " + fix + ".", e);
    }
  }
}
