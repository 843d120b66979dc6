package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What LENIENT let through is listed apart from the problems in every report, and a witness that is
 * JSON null is shown as null while a problem without a witness shows none.
 */
class WaivedReportTest {
  private static final String FILE = "src/main/schemas/Note.json";
  private static final Problem WAIVED_OPEN = new Problem(FILE, "/properties/note", 0, 0, "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
      "Property \"note\" was added to an open content model with type \"string\", so data written with version 1 that already"
          + " holds \"note\" with another type is rejected; close the model with \"additionalProperties\": false in both versions.",
      1, JsonNodeFactory.instance.objectNode().set("note", JsonNodeFactory.instance.objectNode()));
  private static final Problem NULL_WITNESS = new Problem(FILE, "/type", 0, 0, "TYPE_NARROWED",
      "The type changed from \"string\" or \"null\" to \"string\", so data written with version 1 that is null is rejected; keep accepting \"null\".",
      1, JsonNodeFactory.instance.nullNode());
  private static final Problem NO_WITNESS = new Problem(FILE, "/pattern", 0, 0, "PATTERN_CHANGED",
      "The pattern changed, and SchemaGate cannot prove the new one accepts what the old one did.", 1, null);

  private static GateReport report() {
    return new GateReport("check", null, List.of(
        new SubjectResult("Note", FILE, SchemaType.JSON, CompatibilityLevel.BACKWARD, CompatibilityPolicy.LENIENT, List.of(1),
            Outcome.COMPATIBLE, null, List.of(), List.of(WAIVED_OPEN)),
        new SubjectResult("Code", FILE, SchemaType.JSON, CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT, List.of(1),
            Outcome.INCOMPATIBLE, null, List.of(NULL_WITNESS, NO_WITNESS))));
  }

  @Test
  void the_console_lists_waived_differences_as_information_with_their_witness() {
    assertThat(ConsoleReport.lines(report())).extracting(line -> (line.error() ? "E " : "I ") + line.text()).containsExactly(
        "I Note (" + FILE + "): compatible with version 1 at BACKWARD",
        "I   waived by LENIENT: " + WAIVED_OPEN.describe(),
        "I     witness: {\"note\":{}}",
        "E Code (" + FILE + "): incompatible with version 1 at BACKWARD, 2 problems",
        "E " + NULL_WITNESS.describe(),
        "E     witness: null",
        "E " + NO_WITNESS.describe());
  }

  @Test
  void the_json_report_has_a_waived_list_apart_from_the_problems_and_counts_only_problems() throws Exception {
    JsonNode json = JsonReport.of(report());
    JsonNode note = json.path("subjects").get(0);

    assertThat(json.path("summary")).isEqualTo(new ObjectMapper().readTree("{\"subjects\":2,\"failed\":1,\"problems\":2}"));
    assertThat(note.path("problems")).isEmpty();
    assertThat(note.path("waived")).singleElement().satisfies(waived -> {
      assertThat(waived.path("rule").asText()).isEqualTo("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
      assertThat(waived.path("message").asText()).isEqualTo(WAIVED_OPEN.message());
      assertThat(waived.path("witness")).isEqualTo(new ObjectMapper().readTree("{\"note\":{}}"));
    });
    assertThat(json.path("subjects").get(1).has("waived")).isFalse();
  }

  @Test
  void the_json_report_writes_a_null_witness_as_null_and_leaves_a_missing_one_out() {
    JsonNode problems = JsonReport.of(report()).path("subjects").get(1).path("problems");

    assertThat(problems.get(0).has("witness")).isTrue();
    assertThat(problems.get(0).get("witness").isNull()).isTrue();
    assertThat(problems.get(1).has("witness")).isFalse();
  }

  @Test
  void the_markdown_report_has_a_waived_section_for_the_subject() {
    String markdown = MarkdownReport.of(report());

    assertThat(markdown).contains("#### Note: waived by LENIENT\n\n- `" + FILE + "#/properties/note` **PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL**"
        + " (vs version 1): " + WAIVED_OPEN.message() + "\n  witness: `{\"note\":{}}`\n");
    assertThat(markdown).contains("**TYPE_NARROWED** (vs version 1): " + NULL_WITNESS.message() + "\n  witness: `null`\n");
    assertThat(markdown).contains("**PATTERN_CHANGED** (vs version 1): " + NO_WITNESS.message() + "\n");
    assertThat(markdown).doesNotContain(NO_WITNESS.message() + "\n  witness");
  }
}
