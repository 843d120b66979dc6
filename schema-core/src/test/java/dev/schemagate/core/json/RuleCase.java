package dev.schemagate.core.json;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One folder of {@code rules/json}: {@code old.json} (or {@code old-1.json}, {@code old-2.json}, ...
 * oldest first), {@code new.json}, optional {@code refs/} (documents the schemas refer to, by file
 * name) and {@code expected.txt}: one tab-separated line per expected incompatibility,
 * {@code LEVEL  VERSION  #POINTER  RULE  witness|none  SENTENCE}, or {@code LEVEL  compatible};
 * a line {@code LEVEL  waived  VERSION  #POINTER  RULE  witness|none  SENTENCE} is a difference the
 * policy lets through; a line {@code @policy LENIENT} sets the policy.
 */
record RuleCase(String name, String rule, Path folder) {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  static Stream<RuleCase> all(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(dir -> Files.isRegularFile(dir.resolve("new.json")))
          .sorted()
          .map(dir -> new RuleCase(root.relativize(dir).toString(), root.relativize(dir).getName(0).toString(), dir))
          .toList()
          .stream();
    }
  }

  ParsedSchema newSchema() {
    return parse(folder.resolve("new.json"));
  }

  List<VersionedSchema> history() throws IOException {
    List<VersionedSchema> history = new ArrayList<>();
    if (Files.exists(folder.resolve("old.json"))) {
      history.add(new VersionedSchema(1, parse(folder.resolve("old.json"))));
    }
    for (int version = 1; Files.exists(folder.resolve("old-" + version + ".json")); version++) {
      history.add(new VersionedSchema(version, parse(folder.resolve("old-" + version + ".json"))));
    }
    return history;
  }

  CompatibilityPolicy policy() {
    return lines().stream().anyMatch(line -> line.equals("@policy LENIENT")) ? CompatibilityPolicy.LENIENT : CompatibilityPolicy.STRICT;
  }

  /** The levels named in expected.txt, in order. */
  Set<CompatibilityLevel> levels() {
    Set<CompatibilityLevel> levels = new LinkedHashSet<>();
    for (String line : expectedLines()) {
      levels.add(CompatibilityLevel.valueOf(line.split("\t")[0]));
    }
    return levels;
  }

  /** Expected incompatibility lines of one level (without the level column). */
  List<String> expected(CompatibilityLevel level) {
    List<String> lines = new ArrayList<>();
    for (String line : expectedLines()) {
      String[] columns = line.split("\t", 2);
      if (columns[0].equals(level.name()) && !columns[1].equals("compatible") && !columns[1].startsWith("waived\t")) {
        lines.add(columns[1]);
      }
    }
    return lines;
  }

  /** Expected waived lines of one level (without the level and "waived" columns). */
  List<String> expectedWaived(CompatibilityLevel level) {
    List<String> lines = new ArrayList<>();
    for (String line : expectedLines()) {
      String[] columns = line.split("\t", 3);
      if (columns[0].equals(level.name()) && columns[1].equals("waived")) {
        lines.add(columns[2]);
      }
    }
    return lines;
  }

  List<String> expectedLines() {
    return lines().stream().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("@")).toList();
  }

  CompatibilityReport check(CompatibilityLevel level) throws IOException {
    return CHECKER.check(newSchema(), history(), level, policy());
  }

  /** The verdict alone, as a registration that succeeds asks for it. */
  boolean verdict(CompatibilityLevel level) throws IOException {
    return CHECKER.isCompatible(newSchema(), history(), level, policy());
  }

  /** An incompatibility as an expected line writes it. */
  static String line(Incompatibility found) {
    return found.oldVersion() + "\t#" + found.path() + "\t" + found.rule() + "\t"
        + (found.witnessIfAny().isPresent() ? "witness" : "none") + "\t" + found.message();
  }

  /** The schema that wrote the witness and the one that must reject it. */
  ParsedSchema[] writerAndReader(Incompatibility found) throws IOException {
    ParsedSchema old = history().stream().filter(v -> v.version() == found.oldVersion()).findFirst().orElseThrow().schema();
    return found.direction() == Direction.NEW_CANNOT_READ_OLD
        ? new ParsedSchema[] {old, newSchema()}
        : new ParsedSchema[] {newSchema(), old};
  }

  private List<String> lines() {
    try {
      return Files.readAllLines(folder.resolve("expected.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ParsedSchema parse(Path file) {
    try {
      Map<String, String> references = new LinkedHashMap<>();
      Path refs = folder.resolve("refs");
      if (Files.isDirectory(refs)) {
        try (Stream<Path> files = Files.list(refs)) {
          for (Path ref : files.sorted().toList()) {
            references.put(ref.getFileName().toString(), Files.readString(ref));
          }
        }
      }
      List<SchemaReference> named = references.keySet().stream().map(n -> new SchemaReference(n, n, 1)).toList();
      return SchemaParser.parse(SchemaType.JSON, Files.readString(file), named, references);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
