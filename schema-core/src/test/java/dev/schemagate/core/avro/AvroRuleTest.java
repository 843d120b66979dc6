package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Avro rule case under {@code src/test/resources/rules/avro/<RULE>/<case>/}: the old versions
 * ({@code old.avsc}, or {@code v1.avsc}, {@code v2.avsc} ... oldest first), {@code new.avsc}, and
 * {@code expected.txt} with the exact report for each level the case names, one line per
 * incompatibility: {@code LEVEL witness|no-witness #/pointer: sentence [RULE] (vs version N)}, or
 * {@code LEVEL compatible}. Each witness is replayed: valid for the writer, unreadable for the reader.
 */
class AvroRuleTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(AvroRuleTest.class.getResource("/rules/avro").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> cases = files.filter(p -> p.getFileName().toString().equals("expected.txt")).map(Path::getParent)
          .sorted().toList();
      return cases.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_case_gets_exactly_the_expected_report_at_each_level(Path dir) throws IOException {
    List<VersionedSchema> history = history(dir);
    AvroSchema candidate = parse(dir.resolve("new.avsc"));
    Map<CompatibilityLevel, List<String>> expected = expected(dir);
    assertThat(expected).as("a case names its levels").isNotEmpty();
    String rule = dir.getParent().getFileName().toString();
    List<String> all = expected.values().stream().flatMap(List::stream).toList();
    if (!all.stream().allMatch(line -> line.endsWith(" compatible"))) {
      assertThat(String.join("\n", all)).as("a breaking case in the folder of a rule expects that rule")
          .contains("[" + rule + "]");
    }

    for (Map.Entry<CompatibilityLevel, List<String>> level : expected.entrySet()) {
      CompatibilityReport report = CHECKER.check(candidate, history, level.getKey());
      assertThat(CHECKER.isCompatible(candidate, history, level.getKey()))
          .as("%s at %s, the verdict alone", dir.getFileName(), level.getKey()).isEqualTo(report.isCompatible());
      assertThat(lines(level.getKey(), report)).as("%s at %s", dir.getFileName(), level.getKey())
          .containsExactlyElementsOf(level.getValue());
      for (Incompatibility found : report.incompatibilities()) {
        found.witnessIfAny().ifPresent(witness -> {
          AvroSchema old = (AvroSchema) history.get(found.oldVersion() - 1).schema();
          boolean oldWrites = found.direction() == Direction.NEW_CANNOT_READ_OLD;
          AvroSchema writer = oldWrites ? old : candidate;
          AvroSchema reader = oldWrites ? candidate : old;
          assertThat(AvroWitnessCheck.readerDecodes(writer.avro(), reader.avro(), witness))
              .as("the reader decodes the witness %s of %s", witness, found).isFalse();
        });
      }
    }
  }

  private static List<String> lines(CompatibilityLevel level, CompatibilityReport report) {
    if (report.isCompatible()) {
      return List.of(level + " compatible");
    }
    return report.incompatibilities().stream()
        .map(i -> level + " " + (i.witness() == null ? "no-witness" : "witness") + " " + i.describe())
        .toList();
  }

  private static List<VersionedSchema> history(Path dir) {
    List<VersionedSchema> history = new ArrayList<>();
    if (Files.exists(dir.resolve("old.avsc"))) {
      history.add(new VersionedSchema(1, parse(dir.resolve("old.avsc"))));
    }
    for (int version = 1; Files.exists(dir.resolve("v" + version + ".avsc")); version++) {
      history.add(new VersionedSchema(version, parse(dir.resolve("v" + version + ".avsc"))));
    }
    return history;
  }

  private static Map<CompatibilityLevel, List<String>> expected(Path dir) throws IOException {
    Map<CompatibilityLevel, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
      if (line.isBlank()) {
        continue;
      }
      CompatibilityLevel level = CompatibilityLevel.valueOf(line.substring(0, line.indexOf(' ')));
      expected.computeIfAbsent(level, l -> new ArrayList<>()).add(line);
    }
    return expected;
  }

  private static AvroSchema parse(Path file) {
    try {
      return (AvroSchema) SchemaParser.parse(SchemaType.AVRO, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
