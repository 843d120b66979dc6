package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** STRICT (the default, the set meaning) against LENIENT (Confluent's lenient list passes, listed apart as waived). */
class JsonPolicyTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();
  private static final String BASE = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}},\"required\":[\"id\"]}";
  private static final String WITH_NOTE =
      "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}},\"required\":[\"id\"]}";

  private static CompatibilityReport check(String oldText, String newText, CompatibilityLevel level, CompatibilityPolicy policy) {
    ParsedSchema old = SchemaParser.parse(SchemaType.JSON, oldText);
    ParsedSchema candidate = SchemaParser.parse(SchemaType.JSON, newText);
    return CHECKER.check(candidate, List.of(new VersionedSchema(1, old)), level, policy);
  }

  @Test
  void strict_is_the_default_and_rejects_an_optional_property_added_to_an_open_model() {
    CompatibilityReport report = CHECKER.check(SchemaParser.parse(SchemaType.JSON, WITH_NOTE),
        List.of(new VersionedSchema(1, SchemaParser.parse(SchemaType.JSON, BASE))), CompatibilityLevel.BACKWARD);

    assertThat(report.policy()).isEqualTo(CompatibilityPolicy.STRICT);
    assertThat(report.incompatibilities()).extracting(Incompatibility::rule).containsExactly(Rule.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL);
  }

  @Test
  void lenient_accepts_an_optional_property_added_to_an_open_model_at_every_level() {
    for (CompatibilityLevel level : List.of(CompatibilityLevel.BACKWARD, CompatibilityLevel.FORWARD, CompatibilityLevel.FULL)) {
      assertThat(check(BASE, WITH_NOTE, level, CompatibilityPolicy.LENIENT).isCompatible()).as("%s", level).isTrue();
    }
  }

  @Test
  void lenient_accepts_an_optional_property_removed_from_an_open_model() {
    assertThat(check(WITH_NOTE, BASE, CompatibilityLevel.FULL, CompatibilityPolicy.LENIENT).isCompatible()).isTrue();
    assertThat(check(WITH_NOTE, BASE, CompatibilityLevel.FULL, CompatibilityPolicy.STRICT).incompatibilities())
        .extracting(Incompatibility::rule).containsExactly(Rule.PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL);
  }

  @Test
  void lenient_still_rejects_a_new_required_property() {
    String required = WITH_NOTE.replace("\"required\":[\"id\"]", "\"required\":[\"id\",\"note\"]");

    assertThat(check(BASE, required, CompatibilityLevel.BACKWARD, CompatibilityPolicy.LENIENT).incompatibilities())
        .extracting(Incompatibility::rule)
        .containsExactlyInAnyOrder(Rule.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, Rule.REQUIRED_PROPERTY_ADDED);
  }

  @Test
  void lenient_still_rejects_a_property_that_a_partially_open_model_types_otherwise() {
    String oldText = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}},\"additionalProperties\":{\"type\":\"integer\"}}";
    String newText = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}},\"additionalProperties\":{\"type\":\"integer\"}}";

    assertThat(check(oldText, newText, CompatibilityLevel.BACKWARD, CompatibilityPolicy.LENIENT).incompatibilities())
        .extracting(Incompatibility::rule)
        .containsExactly(Rule.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
  }

  @Test
  void lenient_waives_a_property_a_closed_old_reader_does_not_declare_and_lists_it_apart() {
    String closedBase = BASE.replace("\"required\"", "\"additionalProperties\":false,\"required\"");
    String closedWithNote = WITH_NOTE.replace("\"required\"", "\"additionalProperties\":false,\"required\"");

    CompatibilityReport strict = check(closedBase, closedWithNote, CompatibilityLevel.FORWARD, CompatibilityPolicy.STRICT);
    CompatibilityReport lenient = check(closedBase, closedWithNote, CompatibilityLevel.FORWARD, CompatibilityPolicy.LENIENT);

    assertThat(strict.incompatibilities()).extracting(Incompatibility::rule).containsExactly(Rule.PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL);
    assertThat(lenient.isCompatible()).isTrue();
    assertThat(lenient.messages()).isEmpty();
    assertThat(lenient.waived()).singleElement().satisfies(waived -> {
      assertThat(waived.rule()).isEqualTo(Rule.PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL);
      assertThat(waived.message()).isEqualTo(strict.incompatibilities().get(0).message());
      assertThat(waived.witness()).isEqualTo(strict.incompatibilities().get(0).witness());
    });
  }

  @Test
  void strict_reports_nothing_as_waived() {
    assertThat(check(BASE, WITH_NOTE, CompatibilityLevel.BACKWARD, CompatibilityPolicy.STRICT).waived()).isEmpty();
  }
}
