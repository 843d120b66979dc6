package dev.schemagate.core.avro;

import static dev.schemagate.core.avro.AvroInstances.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.validate.InstanceProblem;
import org.junit.jupiter.api.Test;

class AvroRecordInstanceTest {
  private static final String ORDER = """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme",
       "fields": [
         {"name": "orderId", "type": "string"},
         {"name": "note", "type": ["null", "string"], "default": null},
         {"name": "channel", "type": "string", "default": "web"},
         {"name": "customer", "type": {"type": "record", "name": "Customer",
           "fields": [{"name": "id", "type": "string"}, {"name": "email", "type": "string"}]}}
       ]}""";

  @Test
  void a_complete_event_has_no_problems() {
    assertThat(problems(ORDER, """
        {"orderId": "o-1", "note": "gift", "channel": "app", "customer": {"id": "c-1", "email": "a@b.example"}}""")).isEmpty();
  }

  @Test
  void fields_with_a_default_may_be_left_out() {
    assertThat(problems(ORDER, """
        {"orderId": "o-1", "customer": {"id": "c-1", "email": "a@b.example"}}""")).isEmpty();
  }

  @Test
  void a_missing_field_without_default_is_reported_at_its_record() {
    assertThat(problems(ORDER, """
        {"orderId": "o-1", "customer": {"id": "c-1"}}""")).containsExactly(new InstanceProblem("/customer",
        "Field \"email\" of record \"com.acme.Customer\" is missing and has no default, so the event cannot be written; set it."));
  }

  @Test
  void null_where_the_type_does_not_allow_it_is_reported_at_the_field() {
    assertThat(problems(ORDER, """
        {"orderId": null, "customer": {"id": "c-1", "email": "a@b.example"}}""")).containsExactly(new InstanceProblem("/orderId",
        "The value is null but the schema wants \"string\", which does not allow null; set a value or make the type a union with \"null\"."));
  }

  @Test
  void a_property_the_record_does_not_declare_is_reported() {
    assertThat(problems(ORDER, """
        {"orderId": "o-1", "customer": {"id": "c-1", "email": "a@b.example", "vip": true}}""")).containsExactly(
        new InstanceProblem("/customer/vip", "Property \"vip\" is not a field of record \"com.acme.Customer\", so it would be"
            + " lost when the event is written; remove it or add the field to the schema."));
  }

  @Test
  void a_record_given_something_else_than_an_object_says_what_to_write() {
    assertThat(problems(ORDER, """
        {"orderId": "o-1", "customer": "c-1"}""")).containsExactly(new InstanceProblem("/customer",
        "The value is a string (\"c-1\") but the schema wants record \"com.acme.Customer\"; write an object with its fields instead."));
  }

  @Test
  void every_problem_is_reported_at_once() {
    assertThat(problems(ORDER, """
        {"orderId": 7, "note": 3, "customer": {}, "extra": 1}""")).extracting(InstanceProblem::path)
        .containsExactly("/orderId", "/note", "/customer", "/customer", "/extra");
  }
}
