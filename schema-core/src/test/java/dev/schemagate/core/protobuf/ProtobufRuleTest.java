package dev.schemagate.core.protobuf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
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
 * Every Protobuf rule case under {@code src/test/resources/rules/protobuf/<RULE>/<case>/}:
 * {@code old.proto}, {@code new.proto} and {@code expected.txt} with the exact report at each level
 * the case names, one line per incompatibility ({@code LEVEL #/path: sentence [RULE] (vs version 1)})
 * or {@code LEVEL compatible}. Cases under {@code compatible/} must stay compatible.
 */
class ProtobufRuleTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path root = Path.of(ProtobufRuleTest.class.getResource("/rules/protobuf").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().equals("expected.txt")).map(Path::getParent).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_case_gets_exactly_the_expected_report_at_each_level(Path dir) throws IOException {
    List<VersionedSchema> history = List.of(new VersionedSchema(1, parse(dir.resolve("old.proto"))));
    ParsedSchema candidate = parse(dir.resolve("new.proto"));
    Map<CompatibilityLevel, List<String>> expected = expected(dir);
    String rule = dir.getParent().getFileName().toString();
    List<String> all = expected.values().stream().flatMap(List::stream).toList();
    if (rule.equals("compatible")) {
      assertThat(all).allMatch(line -> line.endsWith(" compatible"));
    } else {
      assertThat(String.join("\n", all)).as("a case in the folder of a rule expects that rule").contains("[" + rule + "]");
    }
    for (Map.Entry<CompatibilityLevel, List<String>> level : expected.entrySet()) {
      CompatibilityReport report = CHECKER.check(candidate, history, level.getKey());
      assertThat(CHECKER.isCompatible(candidate, history, level.getKey()))
          .as("%s at %s, the verdict alone", dir.getFileName(), level.getKey()).isEqualTo(report.isCompatible());
      assertThat(lines(level.getKey(), report)).as("%s at %s", dir.getFileName(), level.getKey())
          .containsExactlyElementsOf(level.getValue());
    }
  }

  private static List<String> lines(CompatibilityLevel level, CompatibilityReport report) {
    if (report.isCompatible()) {
      return List.of(level + " compatible");
    }
    return report.incompatibilities().stream().map(i -> level + " " + i.describe()).toList();
  }

  private static Map<CompatibilityLevel, List<String>> expected(Path dir) throws IOException {
    Map<CompatibilityLevel, List<String>> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
      if (!line.isBlank()) {
        CompatibilityLevel level = CompatibilityLevel.valueOf(line.substring(0, line.indexOf(' ')));
        expected.computeIfAbsent(level, l -> new ArrayList<>()).add(line);
      }
    }
    return expected;
  }

  private static ParsedSchema parse(Path file) {
    try {
      return SchemaParser.parse(SchemaType.PROTOBUF, Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
