package dev.schemagate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.core.avro.AvroSamples;
import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.json.JsonSamples;
import dev.schemagate.core.json.JsonSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A schema that asks for more than an example should hold (a billion items, a string of a billion
 * characters, a type used twice by each of forty nested types) has no sample: the generators stop at
 * their size limit instead of running out of memory.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SampleSizeLimitTest {

  private static JsonSchema json(String text) {
    return (JsonSchema) SchemaParser.parse(SchemaType.JSON, text);
  }

  @Test
  void json_schemas_demanding_huge_instances_have_no_sample() {
    for (String huge : new String[] {
        "{\"type\": \"array\", \"minItems\": 1000000000}",
        "{\"type\": \"string\", \"minLength\": 1000000000}",
        "{\"type\": \"object\", \"minProperties\": 1000000000}",
        "{\"type\": \"string\", \"pattern\": \"^a{1000000000}$\"}",
        "{\"type\": \"string\", \"pattern\": \"^((a{1000}){1000}){1000}$\"}"}) {
      assertThat(JsonSamples.samples(json(huge), 1, 3)).as(huge).isEmpty();
      assertThatThrownBy(() -> JsonSamples.sample(json(huge), 1)).as(huge).isInstanceOf(SchemaGateException.class);
    }
  }

  @Test
  void nested_arrays_whose_sizes_multiply_past_the_limit_have_no_sample() {
    String level = "{\"type\": \"array\", \"minItems\": 100, \"items\": %s}";
    String schema = "{\"type\": \"integer\"}";
    for (int i = 0; i < 5; i++) {
      schema = level.formatted(schema);
    }

    assertThat(JsonSamples.samples(json(schema), 1, 2)).isEmpty();
  }

  @Test
  void a_large_but_reasonable_json_instance_is_still_generated() {
    JsonSchema schema = json("{\"type\": \"array\", \"minItems\": 1000, \"items\": {\"type\": \"string\", \"minLength\": 10}}");

    assertThat(JsonSamples.sample(schema, 1)).hasSize(1000);
  }

  @Test
  void an_avro_type_used_twice_by_each_of_forty_nested_types_has_no_sample() {
    AvroSchema schema = (AvroSchema) SchemaParser.parse(SchemaType.AVRO, HostileSchemas.avroDoubling(40, "int"));

    assertThatThrownBy(() -> AvroSamples.datum(schema, 1))
        .isInstanceOf(SchemaGateException.class)
        .hasMessage("An example of the schema \"T0\" would hold more than 20000 values or bytes, more than an example"
            + " should; write the example by hand.");
  }

  @Test
  void an_avro_fixed_of_two_billion_bytes_has_no_sample() {
    AvroSchema schema = (AvroSchema) SchemaParser.parse(SchemaType.AVRO, "{\"type\":\"fixed\",\"name\":\"F\",\"size\":2000000000}");

    assertThatThrownBy(() -> AvroSamples.datum(schema, 1)).isInstanceOf(SchemaGateException.class);
  }
}
