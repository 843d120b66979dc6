package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader failure shows a witness that is JSON null as null, and no witness line where there is none. */
class ReaderWitnessTest {
  private static final String NARROWED = "The type changed from \"string\" or \"null\" to \"string\", so data written with"
      + " version 1 that is null is rejected; keep accepting \"null\".";
  private static final String CANNOT_PROVE = "The pattern changed, and SchemaGate cannot prove the new one accepts what the old one did.";

  @Test
  void a_null_witness_is_printed_as_null_and_a_missing_one_not_at_all() {
    ContractViolation violation = ContractViolation.forReader("notes", "the registry", List.of(
        new Incompatibility(Rule.TYPE_NARROWED, "/type", NARROWED, 1, Direction.NEW_CANNOT_READ_OLD, NullNode.getInstance()),
        new Incompatibility(Rule.PATTERN_CHANGED, "/pattern", CANNOT_PROVE, 1, Direction.NEW_CANNOT_READ_OLD, null)));

    assertThat(violation.getMessage()).endsWith(
        "\n  notes v1 #/type: " + NARROWED + " [TYPE_NARROWED]\n    witness: null"
            + "\n  notes v1 #/pattern: " + CANNOT_PROVE + " [PATTERN_CHANGED]");
  }
}
