package dev.schemagate.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.gate.FileWrites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a goal's reports into one folder: {@code <goal>.json}, {@code TEST-schemagate-<goal>.xml}
 * (the name CI servers look for) and {@code <goal>.md}.
 */
public final class ReportWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** Writes the three reports and answers their paths. */
  public static List<Path> write(GateReport report, Path directory) {
    try {
      Files.createDirectories(directory);
      Path json = directory.resolve(report.goal() + ".json");
      Path junit = directory.resolve("TEST-schemagate-" + report.goal() + ".xml");
      Path markdown = directory.resolve(report.goal() + ".md");
      Files.writeString(json, MAPPER.writeValueAsString(JsonReport.of(report)) + "\n", StandardCharsets.UTF_8);
      Files.writeString(junit, JUnitReport.of(report), StandardCharsets.UTF_8);
      Files.writeString(markdown, MarkdownReport.of(report), StandardCharsets.UTF_8);
      return List.of(json, junit, markdown);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the JSON report could not be written", e);
    } catch (IOException e) {
      throw new SchemaGateException(
          "The reports cannot be written to " + directory + " because " + FileWrites.because(e) + "; choose another reportDirectory.", e);
    }
  }
}
