package dev.schemagate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * schema-core's API is its exported packages; the languages' own packages and {@code internal} may
 * change freely, because no other module uses them: the server, the plugin, the command line and
 * the kit reach a language only through {@code dev.schemagate.core.language}.
 */
class ExportedPackagesTest {
  private static final String CORE = "dev.schemagate.core";
  private static final Set<String> EXPORTED = Set.of(CORE, CORE + ".catalog", CORE + ".client", CORE + ".compat",
      CORE + ".diff", CORE + ".gate", CORE + ".language", CORE + ".report", CORE + ".schema", CORE + ".validate");
  private static final Set<String> NOT_EXPORTED = Set.of(CORE + ".avro", CORE + ".json", CORE + ".protobuf", CORE + ".internal");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.schemagate\\.core(?:\\.[a-z]\\w*)*)\\.[A-Z]");
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void every_package_of_schema_core_is_either_exported_or_internal() throws IOException {
    Set<String> packages = new TreeSet<>();
    Path sources = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(file -> file.toString().endsWith(".java"))
          .forEach(file -> packages.add(sources.relativize(file.getParent()).toString().replace('/', '.')));
    }
    Set<String> unclassified = new TreeSet<>(packages);
    unclassified.removeAll(EXPORTED);
    unclassified.removeAll(NOT_EXPORTED);
    assertThat(unclassified).as("packages to add to EXPORTED or NOT_EXPORTED").isEmpty();
  }

  @Test
  void no_other_module_imports_a_package_that_schema_core_does_not_export() throws IOException {
    List<String> modules = List.of("registry-server", "maven-plugin", "cli", "contract-test-kit");
    List<String> violations = new ArrayList<>();
    int read = 0;
    for (String module : modules) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      assertThat(sources).as("the sources of " + module).isDirectory();
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          read++;
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            Matcher found = IMPORT.matcher(lines.get(i));
            if (found.find() && !EXPORTED.contains(found.group(1))) {
              violations.add(ROOT.relativize(file) + ":" + (i + 1) + " imports " + found.group(1));
            }
          }
        }
      }
    }
    assertThat(read).isGreaterThan(100);
    assertThat(violations).as("imports of packages schema-core does not export").isEmpty();
  }
}
