package dev.schemagate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void a_table_of_subjects_then_the_problems_of_each_failing_one() {
    assertThat(MarkdownReport.of(Reports.check())).isEqualTo("""
        ### SchemaGate check: 2 of 5 subjects failed

        Compared against baseline src/baseline.

        | Subject | File | Level | Result |
        | --- | --- | --- | --- |
        | Money | `src/main/schemas/Money.avsc` | BACKWARD | ✅ compatible with version 1 at BACKWARD |
        | OrderPlaced | `src/main/schemas/OrderPlaced.avsc` | FULL_TRANSITIVE | ❌ incompatible with version 2 at FULL_TRANSITIVE, 1 problem |
        | Broken | `src/main/schemas/Broken.json` |  | ❌ invalid JSON schema, 1 problem |
        | Shipment\\|Sent | `src/main/schemas/Shipment\\|Sent.avsc` |  | ✅ new subject, no earlier version in baseline src/baseline |
        | Legacy | `src/main/schemas/Legacy.avsc` | NONE | ✅ not checked, its compatibility level is NONE |

        #### OrderPlaced

        - `src/main/schemas/OrderPlaced.avsc#/fields/2` **READER_FIELD_MISSING_DEFAULT_VALUE** (vs version 2): Field "currency" is new and has no default, so events written with version 2 cannot be read; add a default.
          witness: `{"orderId":"o-1"}`

        #### Broken

        - `src/main/schemas/Broken.json:3:7`: The schema is not valid JSON: unexpected end-of-input.
        """);
  }

  @Test
  void a_passing_run_says_so_in_its_title() {
    GateReport passed = new GateReport("validate", null, List.of(Reports.check().results().get(0)));

    assertThat(MarkdownReport.of(passed)).startsWith("### SchemaGate validate: the subject passed\n\n| Subject |");
  }
}
