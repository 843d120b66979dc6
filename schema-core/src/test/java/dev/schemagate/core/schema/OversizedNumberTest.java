package dev.schemagate.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number whose short text stands for a billion digits is refused where it is, before the
 * meta-schema, the checker or a sentence tries to write it out (which would run out of memory).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OversizedNumberTest {

  private static InvalidSchemaException rejection(SchemaType type, String text) {
    return catchThrowableOfType(InvalidSchemaException.class, () -> SchemaParser.parse(type, text));
  }

  @Test
  void a_json_schema_with_numbers_of_a_billion_digits_is_refused_at_each_of_them() {
    InvalidSchemaException e = rejection(SchemaType.JSON,
        "{\"type\": 1e999999999, \"properties\": {\"a\": {\"minimum\": 1e-999999999}}}");

    assertThat(e.problems()).extracting(SchemaProblem::toString).containsExactly(
        "#/type: The number 1E+999999999 has more than 1000 digits when written out, which SchemaGate cannot compute"
            + " with; write a shorter number.",
        "#/properties/a/minimum: The number 1E-999999999 has more than 1000 digits when written out, which SchemaGate"
            + " cannot compute with; write a shorter number.");
  }

  @Test
  void an_avro_default_of_a_billion_digits_is_refused_at_its_pointer() {
    InvalidSchemaException e = rejection(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"double\",\"default\":1e999999999}]}");

    assertThat(e.problems()).extracting(SchemaProblem::pointer).containsExactly("/fields/0/default");
  }

  @Test
  void numbers_of_up_to_a_thousand_digits_are_read() {
    ParsedSchema schema = SchemaParser.parse(SchemaType.JSON, "{\"type\": \"number\", \"maximum\": 1e999, \"minimum\": -1e-999}");

    assertThat(schema.canonicalText()).contains("1E+999");
  }
}
