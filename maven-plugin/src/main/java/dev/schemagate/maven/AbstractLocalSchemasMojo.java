package dev.schemagate.maven;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import dev.schemagate.core.gate.SubjectFile;
import dev.schemagate.core.gate.SubjectNaming;
import dev.schemagate.core.gate.Subjects;
import dev.schemagate.core.report.ConsoleReport;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.GitHubAnnotations;
import dev.schemagate.core.report.ReportFormat;
import dev.schemagate.core.report.ReportWriter;
import dev.schemagate.maven.gate.Choices;
import dev.schemagate.maven.gate.KeyValues;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that read local schema files share (validate, check, register): where they are, their subjects and the reports. */
public abstract class AbstractLocalSchemasMojo extends AbstractSchemaGateMojo {

  /** The folder of schema files: {@code .avsc} files are Avro, {@code .json} files JSON Schema. */
  @Parameter(property = "schemagate.schemaDirectory", defaultValue = "${project.basedir}/src/main/schemas")
  protected File schemaDirectory;

  /**
   * How a file's subject is named: FILE_NAME ({@code OrderPlaced.avsc} is {@code OrderPlaced}) or
   * SCHEMA_NAME (the schema's own name).
   */
  @Parameter(property = "schemagate.subjectNaming", defaultValue = "FILE_NAME")
  private String subjectNaming;

  /**
   * Appended to every named subject, e.g. {@code -value} or {@code -key} as Confluent's
   * TopicNameStrategy does.
   */
  @Parameter(property = "schemagate.subjectSuffix")
  private String subjectSuffix;

  /**
   * Explicit subjects, as {@code file=subject} entries; the file is a path below schemaDirectory or a
   * file name.
   */
  @Parameter(property = "schemagate.subjectMappings")
  private List<String> subjectMappings;

  /** Where the reports are written. */
  @Parameter(property = "schemagate.reportDirectory", defaultValue = "${project.build.directory}/schemagate")
  private File reportDirectory;

  /**
   * The reports to write into reportDirectory: any of text, json, junit, markdown, github (GitHub
   * Actions annotations, also printed on standard output where the workflow reads them) and sarif.
   */
  @Parameter(property = "schemagate.reportFormats", defaultValue = "json,junit,markdown")
  private List<String> reportFormats;

  /**
   * Reads the local schemas and their subjects, lets the goal find what it finds, then reports: one
   * line per subject, the reports, and one failure for all problems. A folder without schemas
   * warns and passes.
   */
  @Override
  protected final void run() throws MojoExecutionException, MojoFailureException {
    checkConfiguration();
    SchemaCatalog catalog = catalog();
    List<SubjectFile> files = subjectFiles(catalog);
    if (!files.isEmpty()) {
      finish(report(catalog, files));
    }
  }

  /** Refuses a configuration the goal cannot work with, before any file is read. */
  protected void checkConfiguration() throws MojoExecutionException {}

  /** What the goal finds for every file; it first logs what it does, with {@link #announce}. */
  protected abstract GateReport report(SchemaCatalog catalog, List<SubjectFile> files) throws MojoExecutionException;

  /** {@code Checking 3 schema files in src/main/schemas against baseline src/baseline}: the line before the results. */
  protected void announce(String doing, List<SubjectFile> files, String rest) {
    getLog().info(doing + " " + ConsoleReport.count(files.size(), "schema file") + " in " + display(schemaDirectory) + rest);
  }

  private SchemaCatalog catalog() {
    return SchemaCatalog.load(SchemaFiles.directory(schemaDirectory.toPath(), display(schemaDirectory)));
  }

  /** Every local schema with its subject; warns and answers none when the folder holds no schema. */
  private List<SubjectFile> subjectFiles(SchemaCatalog catalog) {
    SubjectNaming naming = Choices.of(subjectNaming, "subjectNaming", SubjectNaming.class).orElse(SubjectNaming.FILE_NAME);
    Subjects subjects = new Subjects(naming, subjectSuffix, KeyValues.parse(subjectMappings, "subjectMappings"));
    List<SubjectFile> files = subjects.assign(catalog.parseAll(), display(schemaDirectory));
    if (files.isEmpty()) {
      getLog().warn("No .avsc or .json schema files in " + display(schemaDirectory) + "; nothing to " + goal() + ".");
    }
    return files;
  }

  private List<ReportFormat> formats() {
    List<ReportFormat> formats = new ArrayList<>();
    for (String name : reportFormats == null ? List.<String>of() : reportFormats) {
      if (name == null || name.isBlank()) {
        continue;
      }
      ReportFormat format = ReportFormat.named(name).orElseThrow(() -> new SchemaGateException(
          "reportFormats (property schemagate.reportFormats) names \"" + name.trim() + "\"; use any of " + ReportFormat.names() + "."));
      if (!formats.contains(format)) {
        formats.add(format);
      }
    }
    return formats;
  }

  /** Logs every result, writes the reports, and fails the build once if anything failed. */
  private void finish(GateReport report) throws MojoFailureException {
    for (ConsoleReport.Line line : ConsoleReport.lines(report)) {
      if (line.error()) {
        getLog().error(line.text());
      } else {
        getLog().info(line.text());
      }
    }
    List<ReportFormat> formats = formats();
    ReportWriter.write(report, reportDirectory.toPath(), formats).forEach(path -> getLog().debug("Report written: " + path));
    if (formats.contains(ReportFormat.GITHUB)) {
      // workflow commands count only at the start of a line, where Maven's log puts its level
      GitHubAnnotations.lines(report).forEach(System.out::println);
    }
    if (report.hasFailures()) {
      throw new MojoFailureException(ConsoleReport.failureMessage(report, fromWhereTheUserStands(reportDirectory)));
    }
  }
}
