package dev.schemagate.contract;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFile;
import dev.schemagate.core.catalog.SchemaFiles;
import dev.schemagate.core.catalog.VersionFile;
import dev.schemagate.core.language.SchemaLanguage;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The contracts of one schema tree, read with schema-core's {@link SchemaCatalog}: {@code
 * OrderPlaced.avsc} or {@code OrderPlaced.json} anywhere in the tree is the subject's current schema,
 * and the numbered files of its history folder ({@code OrderPlaced/1.avsc}, {@code OrderPlaced/2.avsc})
 * are its earlier versions. The current schema is the version after the last numbered one, unless it
 * is the same schema. Files are parsed when their subject is first used, each once.
 */
final class FileSchemas {
  private final String description;
  private final String setting;
  private final SchemaCatalog catalog;
  private final Map<String, List<SchemaFile>> current = new TreeMap<>();
  private final Set<String> historyOnly = new TreeSet<>();
  private final Map<String, NavigableMap<Integer, SchemaFile>> versions = new ConcurrentHashMap<>();
  private final Map<String, ParsedSchema> parsed = new ConcurrentHashMap<>();

  /** @param setting the setting that named the folder, to start error messages with */
  FileSchemas(SchemaFiles files, String description, String setting) {
    this.description = description;
    this.setting = setting;
    try {
      this.catalog = SchemaCatalog.load(files);
    } catch (SchemaGateException unreadable) {
      throw misconfigured("The schemas of " + description + " cannot be read: " + unreadable.getMessage());
    }
    catalog.schemas().forEach(file -> current.computeIfAbsent(file.stem(), stem -> new ArrayList<>()).add(file));
    for (String path : files.paths()) {
      SchemaFile.typeOf(path).map(type -> new SchemaFile(path, type, ""))
          .filter(file -> file.isVersion() && !file.folder().isEmpty() && !file.folder().contains("/"))
          .ifPresent(file -> historyOnly.add(file.folder()));
    }
    historyOnly.removeAll(current.keySet());
  }

  Set<String> subjects() {
    Set<String> all = new TreeSet<>(current.keySet());
    all.addAll(historyOnly);
    return all;
  }

  boolean has(String subject) {
    return current.containsKey(subject) || historyOnly.contains(subject);
  }

  /** Versions oldest first; the caller checked {@link #has}. */
  List<Integer> versions(String subject) {
    return List.copyOf(files(subject).keySet());
  }

  /** The version, or null when the subject has no such version. */
  ContractSchema version(String subject, int version) {
    SchemaFile file = files(subject).get(version);
    return file == null ? null : new ContractSchema(subject, version, parse(file, subject, version), shown(file));
  }

  private NavigableMap<Integer, SchemaFile> files(String subject) {
    return versions.computeIfAbsent(subject, this::assignVersions);
  }

  private NavigableMap<Integer, SchemaFile> assignVersions(String subject) {
    NavigableMap<Integer, SchemaFile> numbered = new TreeMap<>();
    List<SchemaFile> files = current.get(subject);
    if (files == null) {
      for (SchemaLanguage language : SchemaLanguages.inFolders()) {
        String path = subject + language.fileExtension();
        catalog.history(path, language.type(), subject).forEach(version -> numbered.put(version.version(), version.file()));
      }
      return numbered;
    }
    if (files.size() > 1) {
      throw misconfigured("Subject \"" + subject + "\" has more than one schema file in " + description
          + " (" + files.stream().map(this::shown).collect(Collectors.joining(", ")) + "), so its contract is ambiguous; keep one.");
    }
    SchemaFile file = files.get(0);
    for (VersionFile version : catalog.history(file.path(), file.type(), subject)) {
      if (!version.file().path().equals(file.path())) {
        numbered.put(version.version(), version.file());
      }
    }
    if (numbered.isEmpty()) {
      numbered.put(1, file);
    } else if (!sameSchema(file, subject, numbered.lastEntry())) {
      numbered.put(numbered.lastKey() + 1, file);
    }
    return numbered;
  }

  private boolean sameSchema(SchemaFile file, String subject, Map.Entry<Integer, SchemaFile> last) {
    ParsedSchema newest = parse(file, subject, last.getKey() + 1);
    ParsedSchema previous = parse(last.getValue(), subject, last.getKey());
    return newest.type() == previous.type() && newest.canonicalText().equals(previous.canonicalText());
  }

  private ParsedSchema parse(SchemaFile file, String subject, int version) {
    return parsed.computeIfAbsent(file.path(), path -> {
      LocalSchema local = catalog.parse(file);
      if (!local.isValid()) {
        throw misconfigured("The schema file " + shown(file) + " (subject \"" + subject + "\" version "
            + version + ") is not a valid " + file.type() + " schema; fix it: "
            + local.problems().stream().map(SchemaProblem::toString).collect(Collectors.joining(" ")));
      }
      return local.schema();
    });
  }

  private ExtensionConfigurationException misconfigured(String sentence) {
    return new ExtensionConfigurationException(ContractConfig.sentenceAfter(setting, sentence));
  }

  private String shown(SchemaFile file) {
    return catalog.files().origin() + "/" + file.path();
  }
}
