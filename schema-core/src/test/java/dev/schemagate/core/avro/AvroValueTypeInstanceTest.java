package dev.schemagate.core.avro;

import static dev.schemagate.core.avro.AvroInstances.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.validate.InstanceProblem;
import org.junit.jupiter.api.Test;

class AvroValueTypeInstanceTest {

  private static String field(String type) {
    return "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"v\",\"type\":" + type + "}]}";
  }

  private static String value(String json) {
    return "{\"v\":" + json + "}";
  }

  @Test
  void a_string_where_a_number_belongs_says_what_to_write() {
    assertThat(problems(field("\"double\""), value("\"12.50\""))).containsExactly(new InstanceProblem("/v",
        "The value is a string (\"12.50\") but the schema wants \"double\"; write a number instead."));
  }

  @Test
  void an_int_must_be_integral_and_fit_in_32_bits() {
    assertThat(problems(field("\"int\""), value("2147483647"))).isEmpty();
    assertThat(problems(field("\"int\""), value("1.5"))).containsExactly(new InstanceProblem("/v",
        "The value is a number (1.5) but the schema wants \"int\"; write an integer instead."));
    assertThat(problems(field("\"int\""), value("2147483648"))).containsExactly(new InstanceProblem("/v",
        "The value 2147483648 does not fit in \"int\" (32 bits), so the event cannot be written;"
            + " use a smaller number or widen the type to \"long\"."));
  }

  @Test
  void a_long_must_fit_in_64_bits() {
    assertThat(problems(field("\"long\""), value("9223372036854775807"))).isEmpty();
    assertThat(problems(field("\"long\""), value("9223372036854775808"))).containsExactly(new InstanceProblem("/v",
        "The value 9223372036854775808 does not fit in \"long\" (64 bits), so the event cannot be written; use a smaller number."));
  }

  @Test
  void a_float_beyond_its_range_is_reported() {
    assertThat(problems(field("\"float\""), value("1.5"))).isEmpty();
    assertThat(problems(field("\"float\""), value("1e39"))).containsExactly(new InstanceProblem("/v",
        "The value 1.0E39 is too large for a \"float\", so it would be written as infinity; use a smaller number or the type \"double\"."));
  }

  @Test
  void a_boolean_is_true_or_false() {
    assertThat(problems(field("\"boolean\""), value("\"yes\""))).containsExactly(new InstanceProblem("/v",
        "The value is a string (\"yes\") but the schema wants \"boolean\"; write true or false instead."));
  }

  @Test
  void an_enum_value_must_be_one_of_its_symbols() {
    String status = field("{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"PENDING\",\"PAID\"]}");

    assertThat(problems(status, value("\"PAID\""))).isEmpty();
    assertThat(problems(status, value("\"SHIPPED\""))).containsExactly(new InstanceProblem("/v",
        "The value \"SHIPPED\" is not a symbol of enum \"Status\" (PENDING, PAID); use one of them."));
  }

  @Test
  void fixed_takes_its_size_as_latin1_characters_or_base64() {
    String hash = field("{\"type\":\"fixed\",\"name\":\"Hash\",\"size\":4}");

    assertThat(problems(hash, value("\"\\u00ff\\u0000ab\""))).isEmpty();
    assertThat(problems(hash, value("\"AQIDBA==\""))).isEmpty();
    assertThat(problems(hash, value("\"abc\""))).containsExactly(new InstanceProblem("/v",
        "The value holds 3 characters but fixed \"Hash\" holds exactly 4 bytes; send 4 bytes (as ISO-8859-1 characters or Base64)."));
  }

  @Test
  void bytes_are_a_string() {
    assertThat(problems(field("\"bytes\""), value("\"AQID\""))).isEmpty();
    assertThat(problems(field("\"bytes\""), value("[1,2,3]"))).containsExactly(new InstanceProblem("/v",
        "The value is an array but the schema wants \"bytes\"; write a string instead."));
  }

  @Test
  void array_items_and_map_values_are_located_by_index_and_key() {
    String items = field("{\"type\":\"array\",\"items\":{\"type\":\"map\",\"values\":\"int\"}}");

    assertThat(problems(items, value("[{\"a\":1},{\"b\":\"two\",\"c/d\":3.5}]"))).containsExactly(
        new InstanceProblem("/v/1/b", "The value is a string (\"two\") but the schema wants \"int\"; write an integer instead."),
        new InstanceProblem("/v/1/c~1d", "The value is a number (3.5) but the schema wants \"int\"; write an integer instead."));
    assertThat(problems(items, value("{}"))).containsExactly(new InstanceProblem("/v",
        "The value is an object but the schema wants an array of a map of \"int\"; write an array instead."));
  }

  @Test
  void long_text_is_shortened_in_sentences() {
    assertThat(problems(field("\"int\""), value("\"" + "x".repeat(60) + "\""))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("(\"" + "x".repeat(40) + "...\")"));
  }
}
