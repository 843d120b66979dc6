package dev.schemagate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schemagate diff} on two JSON Schema files, as text and as JSON. */
class DiffEndToEndTest {
  @TempDir Path folder;

  @Test
  void each_change_is_listed_with_what_it_breaks_at_the_level() {
    SchemaGateProcess.sample("json", folder);

    SchemaGateProcess.Run run = SchemaGateProcess.run(folder, "diff", "v1/CustomerRegistered.json", "v2/CustomerRegistered.json",
        "--level", "FORWARD");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "Comparing v1/CustomerRegistered.json (version 1) with v2/CustomerRegistered.json at FORWARD",
        "v2/CustomerRegistered.json:8:7#/properties/email/type: changed \"type\" from \"string\" to \"integer\"",
        "    breaks FORWARD: The type of \"email\" changed from \"string\" to \"integer\", so version 1 rejects data written with the new"
            + " schema that holds an integer in \"email\"; keep the type \"string\" until every reader uses the new schema. [TYPE_CHANGED]",
        "v2/CustomerRegistered.json:11:3#/required: added \"required\": [\"customerId\"]",
        "    compatible at FORWARD",
        "SchemaGate diff: 2 changes, 1 breaking at FORWARD. Undo the breaking changes as their lines say, or publish the schema under a"
            + " new subject.");
  }

  @Test
  void json_holds_each_change_with_its_place_and_the_last_line_goes_to_standard_error() throws Exception {
    SchemaGateProcess.sample("json", folder);

    SchemaGateProcess.Run run = SchemaGateProcess.run(folder, "diff", "v2/CustomerRegistered.json", "v2/CustomerRegistered.json",
        "--format", "json");

    assertThat(run.exit()).isEqualTo(0);
    JsonNode diff = new ObjectMapper().readTree(run.out());
    assertThat(diff.path("compatible").asBoolean()).isTrue();
    assertThat(diff.path("changes")).isEmpty();
    assertThat(run.errLines()).containsExactly("SchemaGate diff: v2/CustomerRegistered.json has no change from v2/CustomerRegistered.json.");
  }

  @Test
  void a_file_that_is_no_schema_is_a_usage_error() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(folder, "diff", "old.proto", "new.proto");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.lastLine()).isEqualTo("The file old.proto is neither .avsc (Avro) nor .json (JSON Schema); diff reads those, or"
        + " registry:SUBJECT:VERSION.");
  }
}
