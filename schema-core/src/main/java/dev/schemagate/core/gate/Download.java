package dev.schemagate.core.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.client.SubjectVersion;
import dev.schemagate.core.language.SchemaLanguages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The download goal: the latest, a given, or every version of the listed subjects and of the subjects
 * a pattern matches, written as schema files, together with the schemas they reference (see {@link
 * ReferencedFiles}), so that validate and check can read the folder offline. Every version ({@code
 * all}) is written in the layout a baseline reads: a folder per subject with numbered files.
 */
public final class Download {
  /**
   * A written file: which subject version went where.
   *
   * @param usedBy for a referenced schema, the subject whose schema references it; null for a chosen subject
   */
  public record Written(String subject, int version, Path file, String usedBy) {}

  private final RegistryClient registry;

  public Download(RegistryClient registry) {
    this.registry = registry;
  }

  /**
   * Fetches everything first and writes nothing when a subject, version or reference is missing.
   *
   * @param pattern a regular expression the whole subject name must match, or null
   * @param version {@code latest}, a version number, or {@code all}
   */
  public List<Written> download(List<String> subjects, String pattern, String version, Path directory) {
    boolean all = version.trim().equalsIgnoreCase("all");
    if (!all && !version.trim().equalsIgnoreCase("latest") && !version.trim().matches("[1-9][0-9]{0,8}")) {
      throw new SchemaGateException(
          "version (property schemagate.version) is \"" + version.trim() + "\"; give latest, all or a version number such as 3.");
    }
    Path folder = directory.toAbsolutePath().normalize();
    Map<Path, SubjectVersion> chosen = new LinkedHashMap<>();
    for (SubjectVersion found : fetch(choose(subjects, pattern), version, all)) {
      String name = ReferencedFiles.fileName(found.subject());
      String extension = SchemaLanguages.of(found.schema().type()).fileExtension();
      chosen.put(all ? folder.resolve(name).resolve(found.version() + extension) : folder.resolve(name + extension), found);
    }
    List<Written> written = new ArrayList<>();
    new ReferencedFiles(registry, folder).place(chosen).forEach((file, placed) -> {
      write(file, placed.schema().schema().text());
      written.add(new Written(placed.schema().subject(), placed.schema().version(), file, placed.usedBy()));
    });
    return written;
  }

  private Set<String> choose(List<String> subjects, String pattern) {
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
    return chosen;
  }

  private List<SubjectVersion> fetch(Set<String> subjects, String version, boolean all) {
    List<SubjectVersion> fetched = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String subject : subjects) {
      try {
        if (all) {
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
    return fetched;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaGateException(
          "The schema file " + file + " cannot be written because " + FileWrites.because(e) + "; choose another outputDirectory.", e);
    }
  }
}
