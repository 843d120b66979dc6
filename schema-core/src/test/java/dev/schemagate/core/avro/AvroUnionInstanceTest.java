package dev.schemagate.core.avro;

import static dev.schemagate.core.avro.AvroInstances.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.validate.InstanceProblem;
import org.junit.jupiter.api.Test;

class AvroUnionInstanceTest {
  private static final String SCHEMA = """
      {"type": "record", "name": "E", "namespace": "com.acme", "fields": [
        {"name": "maybe", "type": ["null", "string"]},
        {"name": "either", "type": ["int", "string"], "default": 0},
        {"name": "address", "type": ["null", {"type": "record", "name": "Address",
          "fields": [{"name": "city", "type": "string"}]}], "default": null}
      ]}""";

  @Test
  void plain_values_match_their_branch() {
    assertThat(problems(SCHEMA, """
        {"maybe": null, "either": "x", "address": {"city": "Oslo"}}""")).isEmpty();
    assertThat(problems(SCHEMA, """
        {"maybe": "here", "either": 3}""")).isEmpty();
  }

  @Test
  void avros_wrapped_json_encoding_is_accepted() {
    assertThat(problems(SCHEMA, """
        {"maybe": {"string": "here"}, "either": {"int": 3}, "address": {"com.acme.Address": {"city": "Oslo"}}}""")).isEmpty();
  }

  @Test
  void a_wrapped_value_is_checked_against_the_branch_it_names() {
    assertThat(problems(SCHEMA, """
        {"maybe": {"string": 5}}""")).containsExactly(new InstanceProblem("/maybe/string",
        "The value is an integer (5) but the schema wants \"string\"; write a string instead."));
  }

  @Test
  void a_value_of_the_kind_of_one_branch_gets_that_branchs_problems() {
    assertThat(problems(SCHEMA, """
        {"maybe": null, "address": {"town": "Oslo"}}""")).containsExactly(
        new InstanceProblem("/address", "Field \"city\" of record \"com.acme.Address\" is missing and has no default,"
            + " so the event cannot be written; set it."),
        new InstanceProblem("/address/town", "Property \"town\" is not a field of record \"com.acme.Address\", so it would be"
            + " lost when the event is written; remove it or add the field to the schema."));
  }

  @Test
  void a_value_of_no_branchs_kind_lists_the_branches() {
    assertThat(problems(SCHEMA, """
        {"maybe": true}""")).containsExactly(new InstanceProblem("/maybe",
        "The value is a boolean (true) but the schema wants one of \"null\", \"string\"; write a value of one of those types instead."));
  }

  @Test
  void null_in_a_union_without_null_says_to_add_it() {
    assertThat(problems(SCHEMA, """
        {"maybe": null, "either": null}""")).containsExactly(new InstanceProblem("/either",
        "The value is null but the schema wants one of \"int\", \"string\", which does not allow null; set a value or add \"null\" to the union."));
  }
}
