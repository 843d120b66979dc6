package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.HostileSchemas;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.Rule;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Avro schemas whose named types are shared so often that, written out in full, they are huge:
 * Avro's own checker copies a finding once per path to it, so past a limit the pair is not given to
 * it and the check ends with the limit rule; below it, the finding is reported once.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AvroCheckLimitsTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  private static CompatibilityReport backward(int levels) {
    ParsedSchema old = SchemaParser.parse(SchemaType.AVRO, HostileSchemas.avroDoubling(levels, "int"));
    ParsedSchema candidate = SchemaParser.parse(SchemaType.AVRO, HostileSchemas.avroDoubling(levels, "string"));
    return CHECKER.check(candidate, List.of(new VersionedSchema(1, old)), CompatibilityLevel.BACKWARD);
  }

  @Test
  void a_type_used_twice_by_each_of_forty_nested_types_ends_with_the_limit_rule() {
    CompatibilityReport report = backward(40);

    assertThat(report.incompatibilities()).singleElement().satisfies(found -> {
      assertThat(found.rule()).isEqualTo(Rule.CHECK_LIMIT_REACHED);
      assertThat(found.path()).isEmpty();
      assertThat(found.message()).isEqualTo("The schemas are too large to compare within SchemaGate's limits: written out"
          + " with every use of a named type in full, one of them has more than 20000 types, so compatibility with"
          + " version 1 could not be proved and counts as a break; use shared record types in fewer nested places.");
    });
  }

  @Test
  void below_the_limit_the_change_inside_the_shared_type_is_reported_once() {
    CompatibilityReport report = backward(10);

    assertThat(report.incompatibilities()).extracting(Incompatibility::rule).containsExactly(Rule.TYPE_MISMATCH);
    assertThat(report.incompatibilities().get(0).path()).isEqualTo("/fields/0/type".repeat(10) + "/fields/0/type");
  }
}
