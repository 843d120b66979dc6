package dev.schemagate.maven;

import dev.schemagate.core.gate.Download;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Downloads schemas from the registry into a folder: the latest, a given, or every version of the
 * listed subjects and of those a pattern matches, with the schemas they reference (and those
 * reference), placed where {@code validate} and {@code check} find them, so the folder is read
 * offline. With {@code version=all} each subject gets a folder of numbered versions, the layout
 * {@code check} reads as a baseline.
 */
@Mojo(name = "download", requiresProject = false, threadSafe = true)
public class DownloadMojo extends AbstractRegistryMojo {

  /** The subjects to download. */
  @Parameter(property = "schemagate.subjects")
  private List<String> subjects;

  /** A regular expression; every subject of the registry whose whole name matches is downloaded too. */
  @Parameter(property = "schemagate.subjectPattern")
  private String subjectPattern;

  /** {@code latest}, a version number, or {@code all}. */
  @Parameter(property = "schemagate.version", defaultValue = "latest")
  private String version;

  /** Where the schema files are written ({@code .avsc} for Avro, {@code .json} for JSON Schema). */
  @Parameter(property = "schemagate.outputDirectory", defaultValue = "${project.build.directory}/schemagate/schemas")
  private File outputDirectory;

  @Override
  protected String goal() {
    return "download";
  }

  @Override
  protected void run() throws MojoExecutionException {
    List<Download.Written> written =
        new Download(registryClient()).download(subjects == null ? List.of() : subjects, subjectPattern, version, outputDirectory.toPath());
    for (Download.Written file : written) {
      getLog().info(file.subject() + " version " + file.version() + " -> " + display(file.file().toFile())
          + (file.usedBy() == null ? "" : " (used by " + file.usedBy() + ")"));
    }
  }
}
