package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.avro.AvroInstances;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceProblem;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonInstanceSentenceTest {
  private static final String ORDER = """
      {"type": "object", "additionalProperties": false,
       "required": ["orderId", "status"],
       "properties": {
         "orderId": {"type": "string", "pattern": "^ord-[0-9]+$", "minLength": 5, "maxLength": 12},
         "status": {"enum": ["PENDING", "PAID"]},
         "kind": {"const": "OrderPlaced"},
         "total": {"type": "number", "minimum": 0, "maximum": 1000, "multipleOf": 0.01},
         "discount": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
         "note": {"type": ["string", "null"]},
         "tags": {"type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": {"type": "string"}},
         "count": {"type": "integer"}
       }}""";

  private static List<InstanceProblem> problems(String instance) {
    return InstanceValidator.of(SchemaParser.parse(SchemaType.JSON, ORDER)).validate(AvroInstances.json(instance));
  }

  @Test
  void a_missing_required_property_is_named_at_its_object() {
    assertThat(problems("{\"orderId\": \"ord-12\"}"))
        .containsExactly(new InstanceProblem("", "Property \"status\" is required but missing; set it."));
  }

  @Test
  void a_property_a_closed_model_does_not_declare_is_located_at_the_property() {
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"vip\": true}")).containsExactly(new InstanceProblem("/vip",
        "Property \"vip\" is not allowed here, as the schema does not allow other properties, so readers may reject the event;"
            + " remove it or add it to the schema."));
  }

  @Test
  void a_wrong_type_shows_the_value_and_says_what_to_write() {
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"total\": \"12.50\", \"count\": 1.5}")).containsExactly(
        new InstanceProblem("/total", "The value is a string (\"12.50\") but the schema wants \"number\"; write a number instead."),
        new InstanceProblem("/count", "The value is a number (1.5) but the schema wants \"integer\"; write an integer instead."));
  }

  @Test
  void null_where_the_type_does_not_allow_it_is_a_wrong_type() {
    assertThat(problems("{\"orderId\": null, \"status\": \"PAID\", \"note\": null}")).containsExactly(
        new InstanceProblem("/orderId", "The value is null but the schema wants \"string\"; write a string instead."));
  }

  @Test
  void a_value_outside_the_enum_or_const_lists_what_is_allowed() {
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"SHIPPED\", \"kind\": \"PlaceOrder\"}")).containsExactly(
        new InstanceProblem("/status", "The value \"SHIPPED\" is not one of the allowed values \"PENDING\", \"PAID\"; use one of them."),
        new InstanceProblem("/kind", "The value \"PlaceOrder\" is not the only allowed value \"OrderPlaced\"; write exactly that."));
  }

  @Test
  void text_outside_its_pattern_or_length_says_so() {
    assertThat(problems("{\"orderId\": \"ord_\", \"status\": \"PAID\"}")).containsExactly(
        new InstanceProblem("/orderId", "The value \"ord_\" does not match the pattern \"^ord-[0-9]+$\"; write a value of that form."),
        new InstanceProblem("/orderId", "The text \"ord_\" is shorter than 5 characters; make it longer."));
    assertThat(problems("{\"orderId\": \"ord-1234567890\", \"status\": \"PAID\"}")).containsExactly(
        new InstanceProblem("/orderId", "The text \"ord-1234567890\" is longer than 12 characters; shorten it."));
  }

  @Test
  void numbers_outside_their_range_name_the_bound() {
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"total\": -1, \"discount\": 1}")).containsExactly(
        new InstanceProblem("/total", "The value -1 is below the minimum 0; use 0 or more."),
        new InstanceProblem("/discount", "The value 1 is not below 1; use a value less than 1."));
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"total\": 1000.005, \"discount\": 0}")).containsExactly(
        new InstanceProblem("/total", "The value 1000.005 is above the maximum 1000; use 1000 or less."),
        new InstanceProblem("/total", "The value 1000.005 is not a multiple of 0.01; round it to a multiple."),
        new InstanceProblem("/discount", "The value 0 is not above 0; use a value greater than 0."));
  }

  @Test
  void arrays_outside_their_size_or_with_duplicates_say_so() {
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"tags\": []}")).containsExactly(
        new InstanceProblem("/tags", "The array has 0 items but needs at least 1; add items."));
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"tags\": [\"a\", \"a\", \"b\"]}")).containsExactly(
        new InstanceProblem("/tags", "The array has 3 items but allows at most 2; remove items."),
        new InstanceProblem("/tags", "The array has duplicate items but its items must be unique; remove the duplicates."));
  }

  @Test
  void a_value_of_none_of_several_types_lists_them() {
    assertThat(problems("{\"orderId\": \"ord-12\", \"status\": \"PAID\", \"note\": 5}")).containsExactly(
        new InstanceProblem("/note", "The value is an integer (5) but the schema wants one of \"string\", \"null\"; write one of those instead."));
  }
}
