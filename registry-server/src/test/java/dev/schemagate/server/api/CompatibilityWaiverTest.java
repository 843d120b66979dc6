package dev.schemagate.server.api;

import static dev.schemagate.server.testing.CoreExpectations.incompatibilities;
import static dev.schemagate.server.testing.CoreExpectations.report;
import static dev.schemagate.server.testing.CoreExpectations.waived;
import static dev.schemagate.server.testing.HttpClientForTests.MAPPER;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

/** The verbose answer lists what LENIENT let through apart from the reasons, and tells "no witness" from a null one. */
class CompatibilityWaiverTest extends ServerTest {
  private static final String OPEN = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";
  private static final String WITH_NOTE = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}}}";

  @Test
  void lenient_lists_each_waived_difference_with_rule_sentence_and_witness_but_not_among_the_messages() {
    client.put("/config/orders-value", json("{\"compatibility\":\"BACKWARD\",\"compatibilityPolicy\":\"lenient\"}"));
    client.register("orders-value", "JSON", OPEN);
    CompatibilityReport core = report(SchemaType.JSON, OPEN, WITH_NOTE, CompatibilityLevel.BACKWARD, CompatibilityPolicy.LENIENT);

    Answer answer = client.post("/compatibility/subjects/orders-value/versions/latest?verbose=true", schemaBody("JSON", WITH_NOTE));

    ObjectNode expected = MAPPER.createObjectNode().put("is_compatible", true);
    expected.putArray("messages");
    expected.putArray("incompatibilities");
    expected.set("waived", waived(core));
    assertThat(answer.json()).isEqualTo(expected);
    assertThat(answer.json().get("waived")).singleElement().satisfies(item -> {
      assertThat(item.get("rule").asText()).isEqualTo("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
      assertThat(item.get("message").asText()).startsWith("Property \"note\" was added to an open content model");
      assertThat(item.get("witness")).isEqualTo(json("{\"note\":{}}"));
    });
  }

  @Test
  void strict_refuses_the_same_change_and_writes_no_waived_list() {
    client.register("orders-value", "JSON", OPEN);

    Answer answer = client.post("/compatibility/subjects/orders-value/versions/latest?verbose=true", schemaBody("JSON", WITH_NOTE));

    assertThat(answer.json().get("is_compatible").asBoolean()).isFalse();
    assertThat(answer.json().has("waived")).isFalse();
    assertThat(answer.json().get("incompatibilities").get(0).get("rule").asText()).isEqualTo("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
  }

  @Test
  void a_witness_that_is_json_null_is_written_as_null() {
    String nullable = "{\"type\":[\"string\",\"null\"]}";
    String text = "{\"type\":\"string\"}";
    client.register("notes-value", "JSON", nullable);

    Answer answer = client.post("/compatibility/subjects/notes-value/versions/latest?verbose=true", schemaBody("JSON", text));

    JsonNode reason = answer.json().get("incompatibilities").get(0);
    assertThat(reason.has("witness")).isTrue();
    assertThat(reason.get("witness").isNull()).isTrue();
    assertThat(answer.json().get("incompatibilities"))
        .isEqualTo(incompatibilities(report(SchemaType.JSON, nullable, text, CompatibilityLevel.BACKWARD)));
  }

  @Test
  void a_finding_without_a_witness_has_no_witness_field() {
    String threeLetters = "{\"type\":\"string\",\"pattern\":\"^[A-Z]{3}$\"}";
    String threeOrFour = "{\"type\":\"string\",\"pattern\":\"^[A-Z]{3,4}$\"}";
    client.register("codes-value", "JSON", threeLetters);

    Answer answer = client.post("/compatibility/subjects/codes-value/versions/latest?verbose=true", schemaBody("JSON", threeOrFour));

    JsonNode reason = answer.json().get("incompatibilities").get(0);
    assertThat(reason.get("rule").asText()).isEqualTo("PATTERN_CHANGED");
    assertThat(reason.has("witness")).isFalse();
  }
}
