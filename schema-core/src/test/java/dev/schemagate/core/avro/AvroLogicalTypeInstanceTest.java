package dev.schemagate.core.avro;

import static dev.schemagate.core.avro.AvroInstances.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.validate.InstanceProblem;
import org.junit.jupiter.api.Test;

class AvroLogicalTypeInstanceTest {

  private static String field(String underlying, String logical) {
    return "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"v\",\"type\":{\"type\":\"" + underlying
        + "\",\"logicalType\":\"" + logical + "\"}}]}";
  }

  private static final String MONEY = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"v\",\"type\":"
      + "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":6,\"scale\":2}}]}";

  private static String value(String json) {
    return "{\"v\":" + json + "}";
  }

  @Test
  void a_timestamp_is_a_count_since_the_epoch_or_an_iso_instant() {
    String schema = field("long", "timestamp-millis");

    assertThat(problems(schema, value("1715940930000"))).isEmpty();
    assertThat(problems(schema, value("\"2024-05-17T10:15:30.123Z\""))).isEmpty();
    assertThat(problems(schema, value("\"2024-05-17T12:15:30+02:00\""))).isEmpty();
    assertThat(problems(schema, value("\"yesterday\""))).containsExactly(new InstanceProblem("/v",
        "The value \"yesterday\" is not an instant for the logical type \"timestamp-millis\"; write a count since the epoch"
            + " or ISO-8601 text like \"2024-05-17T10:15:30Z\"."));
    assertThat(problems(schema, value("true"))).containsExactly(new InstanceProblem("/v",
        "The value is a boolean (true) but the schema wants \"timestamp-millis\"; write an integer or ISO-8601 text instead."));
  }

  @Test
  void a_nanosecond_timestamp_beyond_a_long_is_too_far() {
    assertThat(problems(field("long", "timestamp-nanos"), value("\"2300-01-01T00:00:00Z\""))).containsExactly(
        new InstanceProblem("/v", "The value \"2300-01-01T00:00:00Z\" is too far from the epoch for the logical type"
            + " \"timestamp-nanos\", so it cannot be written; use a nearer date or a coarser unit."));
  }

  @Test
  void a_local_timestamp_has_no_offset() {
    String schema = field("long", "local-timestamp-micros");

    assertThat(problems(schema, value("\"2024-05-17T10:15:30.000123\""))).isEmpty();
    assertThat(problems(schema, value("\"2024-05-17T10:15:30Z\""))).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("The value \"2024-05-17T10:15:30Z\" is not a local date and time"));
  }

  @Test
  void a_date_is_days_or_an_iso_date() {
    String schema = field("int", "date");

    assertThat(problems(schema, value("19860"))).isEmpty();
    assertThat(problems(schema, value("\"2024-05-17\""))).isEmpty();
    assertThat(problems(schema, value("\"2024-13-01\""))).containsExactly(new InstanceProblem("/v",
        "The value \"2024-13-01\" is not a date for the logical type \"date\"; write days since 1970-01-01"
            + " or ISO-8601 text like \"2024-05-17\"."));
  }

  @Test
  void a_time_is_a_count_or_an_iso_time_of_day() {
    String schema = field("int", "time-millis");

    assertThat(problems(schema, value("36930000"))).isEmpty();
    assertThat(problems(schema, value("\"10:15:30\""))).isEmpty();
    assertThat(problems(schema, value("\"25:00\""))).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("The value \"25:00\" is not a time of day"));
  }

  @Test
  void a_decimal_number_must_fit_precision_and_scale() {
    assertThat(problems(MONEY, value("1234.50"))).isEmpty();
    assertThat(problems(MONEY, value("12"))).isEmpty();
    assertThat(problems(MONEY, value("12.345"))).containsExactly(new InstanceProblem("/v",
        "The value 12.345 has 3 decimal places but the logical type \"decimal(6,2)\" allows 2, so it cannot be written"
            + " without rounding; round it to 2 places."));
    assertThat(problems(MONEY, value("12345.5"))).containsExactly(new InstanceProblem("/v",
        "The value 12345.5 needs 7 digits at scale 2 but the logical type \"decimal(6,2)\" allows 6, so it cannot be written;"
            + " use a smaller value or raise the precision."));
  }

  @Test
  void a_decimal_that_is_not_a_finite_number_is_a_problem_not_an_exception() {
    ObjectNode event = JsonNodeFactory.instance.objectNode();
    event.put("v", Double.NaN);

    assertThat(AvroInstances.validator(MONEY).validate(event)).containsExactly(new InstanceProblem("/v",
        "The value NaN is not a finite number, so the logical type \"decimal\" cannot hold it; write a number."));
  }

  @Test
  void a_decimal_may_also_come_as_its_bytes() {
    assertThat(problems(MONEY, value("\"\\u0004\\u00d2\""))).isEmpty();
    assertThat(problems(MONEY, value("false"))).containsExactly(new InstanceProblem("/v",
        "The value is a boolean (false) but the schema wants \"decimal(6,2)\"; write a number instead."));
  }

  @Test
  void a_uuid_must_be_uuid_text() {
    String schema = field("string", "uuid");

    assertThat(problems(schema, value("\"123e4567-e89b-12d3-a456-426614174000\""))).isEmpty();
    assertThat(problems(schema, value("\"abcdefghijklmnop\""))).containsExactly(new InstanceProblem("/v",
        "The value \"abcdefghijklmnop\" is not a UUID for the logical type \"uuid\";"
            + " write one like \"123e4567-e89b-12d3-a456-426614174000\"."));
  }
}
