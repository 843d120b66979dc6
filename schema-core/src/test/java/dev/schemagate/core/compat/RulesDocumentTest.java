package dev.schemagate.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule table in {@code docs/rules.md} is the {@link Rule} enum, and each rule's format is the one that reports it. */
class RulesDocumentTest {

  @Test
  void the_committed_rules_document_is_generated_from_the_rule_enum() throws IOException {
    if (Boolean.getBoolean("rules.update")) {
      Files.writeString(RulesDocument.FILE, RulesDocument.render());
    }

    assertThat(RulesDocument.FILE).as("docs/rules.md; create it with: " + RulesDocument.COMMAND).exists();
    assertThat(Files.readString(RulesDocument.FILE))
        .as("docs/rules.md is out of date with the Rule enum; regenerate it with: " + RulesDocument.COMMAND)
        .isEqualTo(RulesDocument.render());
  }

  @Test
  void every_rule_id_has_a_row_under_its_format() {
    String document = RulesDocument.render();

    assertThat(Rule.values()).allSatisfy(rule -> assertThat(document).contains("| `" + rule.name() + "` | "));
    assertThat(document).contains("| `TYPE_NARROWED` | JSON Schema | ", "| `NAME_MISMATCH` | Avro | ",
        "| `PACKAGE_CHANGED` | Protocol Buffers | ", "| `CHECK_LIMIT_REACHED` | any | ");
  }

  @Test
  void the_rule_cases_of_each_format_use_rules_of_that_format_or_of_any() throws IOException, URISyntaxException {
    Path root = Path.of(RulesDocumentTest.class.getResource("/rules").toURI());
    for (SchemaType format : SchemaType.values()) {
      Path folder = root.resolve(format.name().toLowerCase(Locale.ROOT));
      List<String> rules;
      try (Stream<Path> cases = Files.list(folder)) {
        rules = cases.filter(Files::isDirectory).map(path -> path.getFileName().toString())
            .filter(name -> !name.equals("compatible")).toList();
      }
      assertThat(rules).as(folder.toString()).isNotEmpty().allSatisfy(name -> assertThat(Rule.valueOf(name).format())
          .as(name).isIn(Optional.of(format), Optional.empty()));
    }
  }
}
