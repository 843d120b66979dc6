package dev.schemagate.maven.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.client.SubjectVersion;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The download goal: the latest, a given, or every version of the listed subjects and of the subjects
 * a pattern matches, written as schema files. Every version ({@code all}) is written in the layout a
 * baseline reads: a folder per subject with numbered files.
 */
public final class Download {
  /** A written file: which subject version went where. */
  public record Written(String subject, int version, Path file) {}

  private final RegistryClient registry;

  public Download(RegistryClient registry) {
    this.registry = registry;
  }

  /**
   * @param pattern a regular expression the whole subject name must match, or null
   * @param version {@code latest}, a version number, or {@code all}
   */
  public List<Written> download(List<String> subjects, String pattern, String version, Path directory) {
    Set<String> chosen = new LinkedHashSet<>(subjects);
    if (pattern != null && !pattern.isBlank()) {
      Pattern compiled;
      try {
        compiled = Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw new SchemaGateException("The subjectPattern \"" + pattern + "\" is not a regular expression: " + e.getDescription() + ".");
      }
      registry.subjects().stream().filter(subject -> compiled.matcher(subject).matches()).forEach(chosen::add);
    }
    if (chosen.isEmpty()) {
      throw new SchemaGateException(
          "Nothing to download: list subjects or give a subjectPattern" + (pattern == null ? "" : " that matches a subject at " + registry.url()) + ".");
    }
    List<SubjectVersion> fetched = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String subject : chosen) {
      try {
        if (version.trim().equalsIgnoreCase("all")) {
          for (int number : registry.versions(subject)) {
            fetched.add(registry.version(subject, number));
          }
        } else {
          fetched.add(registry.version(subject, version));
        }
      } catch (RegistryClientException e) {
        if (!e.isSubjectNotFound() && !e.isVersionNotFound()) {
          throw e;
        }
        missing.add(subject + (e.isVersionNotFound() ? " (no version " + version + ")" : ""));
      }
    }
    if (!missing.isEmpty()) {
      throw new SchemaGateException(
          "The registry at " + registry.url() + " has no " + String.join(", ", missing) + "; check the subject names and versions.");
    }
    boolean all = version.trim().equalsIgnoreCase("all");
    List<Written> written = new ArrayList<>();
    for (SubjectVersion found : fetched) {
      String extension = found.schema().type() == SchemaType.AVRO ? ".avsc" : ".json";
      String name = fileName(found.subject());
      Path file = all ? directory.resolve(name).resolve(found.version() + extension) : directory.resolve(name + extension);
      write(file, found.schema().text());
      written.add(new Written(found.subject(), found.version(), file));
    }
    return written;
  }

  /** A subject as a file name: characters a file system may refuse become {@code _}. */
  static String fileName(String subject) {
    String safe = subject.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaGateException("The schema file " + file + " cannot be written: " + e.getMessage(), e);
    }
  }
}
