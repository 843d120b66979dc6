package dev.schemagate.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The forms a gate's report can take, each with the file name it is written under in a reports folder. */
public enum ReportFormat {
  /** The lines a build log shows: one per subject, one per problem with its witness. */
  TEXT("txt", ReportFormat::text),
  JSON("json", report -> json(JsonReport.of(report))),
  /** JUnit XML, named {@code TEST-schemagate-<goal>.xml} as CI servers look for it. */
  JUNIT("xml", JUnitReport::of),
  MARKDOWN("md", MarkdownReport::of),
  /** GitHub Actions workflow commands ({@code ::error file=…,line=…}). */
  GITHUB("github.txt", GitHubAnnotations::of),
  /** SARIF 2.1.0 for code scanning. */
  SARIF("sarif", report -> json(SarifReport.of(report)));

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String extension;
  private final Function<GateReport, String> render;

  ReportFormat(String extension, Function<GateReport, String> render) {
    this.extension = extension;
    this.render = render;
  }

  public String render(GateReport report) {
    return render.apply(report);
  }

  /** The file name in a reports folder: {@code check.json}, {@code TEST-schemagate-check.xml}, {@code check.sarif}. */
  public String fileName(String goal) {
    return this == JUNIT ? "TEST-schemagate-" + goal + ".xml" : goal + "." + extension;
  }

  /** The format a name such as {@code sarif} or {@code JUnit} names. */
  public static Optional<ReportFormat> named(String name) {
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** {@code text, json, junit, markdown, github, sarif}. */
  public static String names() {
    return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  private static String text(GateReport report) {
    StringBuilder text = new StringBuilder();
    ConsoleReport.lines(report).forEach(line -> text.append(line.text()).append('\n'));
    return text.toString();
  }

  private static String json(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report could not be written as JSON", e);
    }
  }
}
