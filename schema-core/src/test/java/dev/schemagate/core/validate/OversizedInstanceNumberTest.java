package dev.schemagate.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An event number whose short text stands for a billion digits is a problem of its own, not a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OversizedInstanceNumberTest {
  private static final String SENTENCE = "The number 1E+999999999 has more than 1000 digits when written out, which"
      + " SchemaGate cannot compute with; write a shorter number.";

  private static List<InstanceProblem> problems(SchemaType type, String schema, String instance) throws JsonProcessingException {
    return InstanceValidator.of(SchemaParser.parse(type, schema)).validate(Json.parse(instance));
  }

  @Test
  void a_json_schema_instance_reports_the_number_at_its_path() throws JsonProcessingException {
    List<InstanceProblem> found = problems(SchemaType.JSON,
        "{\"properties\": {\"total\": {\"enum\": [1, 2], \"multipleOf\": 0.01}}}", "{\"total\": 1e999999999}");

    assertThat(found).containsExactly(new InstanceProblem("/total", SENTENCE));
  }

  @Test
  void an_avro_instance_reports_the_number_at_its_path() throws JsonProcessingException {
    List<InstanceProblem> found = problems(SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"price\",\"type\":{\"type\":\"bytes\","
            + "\"logicalType\":\"decimal\",\"precision\":9,\"scale\":2}}]}",
        "{\"price\": 1e999999999}");

    assertThat(found).containsExactly(new InstanceProblem("/price", SENTENCE));
  }
}
