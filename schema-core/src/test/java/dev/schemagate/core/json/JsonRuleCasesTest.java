package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.validate.InstanceValidator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON Schema rule, as data: one folder per rule id under {@code rules/json} (and any
 * further cases in folders below it), each asserting the exact lines (version, pointer, rule,
 * witness or not, sentence) at each level it names. See {@link RuleCase} for the layout.
 */
class JsonRuleCasesTest {

  static Path root() throws URISyntaxException {
    return Path.of(JsonRuleCasesTest.class.getResource("/rules/json").toURI());
  }

  static Stream<RuleCase> cases() throws IOException, URISyntaxException {
    return RuleCase.all(root());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void each_case_reports_exactly_its_expected_lines_with_confirmed_witnesses(RuleCase c) throws IOException {
    assertThat(c.levels()).as("levels in %s/expected.txt", c).isNotEmpty();
    for (CompatibilityLevel level : c.levels()) {
      CompatibilityReport report = c.check(level);
      assertThat(c.verdict(level)).as("%s at %s, the verdict alone", c, level).isEqualTo(report.isCompatible());
      List<String> actual = report.incompatibilities().stream().map(RuleCase::line).toList();
      assertThat(actual).as("%s at %s", c, level).containsExactlyInAnyOrderElementsOf(c.expected(level));
      List<String> waived = report.waived().stream().map(RuleCase::line).toList();
      assertThat(waived).as("%s at %s, waived", c, level).containsExactlyInAnyOrderElementsOf(c.expectedWaived(level));
      List<Incompatibility> all = new ArrayList<>(report.incompatibilities());
      all.addAll(report.waived());
      for (Incompatibility found : all) {
        if (found.witnessIfAny().isPresent()) {
          ParsedSchema[] writerAndReader = c.writerAndReader(found);
          assertThat(InstanceValidator.of(writerAndReader[0]).validate(found.witness())).as("writer accepts %s", found.witness()).isEmpty();
          assertThat(InstanceValidator.of(writerAndReader[1]).validate(found.witness())).as("reader rejects %s", found.witness()).isNotEmpty();
        }
      }
    }
  }

  /** The case directly in a rule's folder shows that rule; cases in folders below it may show others or none. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_main_case_of_a_rule_shows_that_rule(RuleCase c) {
    if (c.name().equals(c.rule())) {
      assertThat(c.expectedLines()).as("%s/expected.txt", c).anyMatch(line -> line.contains("\t" + c.rule() + "\t"));
    }
  }
}
