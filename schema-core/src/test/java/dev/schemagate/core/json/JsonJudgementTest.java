package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.internal.Unexpected;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.Judgement;
import org.junit.jupiter.api.Test;

class JsonJudgementTest {
  private final Schema positive = JsonValidators.forSchema((JsonSchema) SchemaParser.parse(SchemaType.JSON,
      "{\"type\":\"integer\",\"minimum\":1}"));

  @Test
  void a_valid_instance_is_accepted_and_an_invalid_one_rejected() throws Exception {
    assertThat(JsonValidators.judge(positive, Json.parse("3"))).isEqualTo(Judgement.ACCEPTED);
    assertThat(JsonValidators.judge(positive, Json.parse("0"))).isEqualTo(Judgement.REJECTED);
    assertThat(JsonValidators.accepts(positive, Json.parse("0"))).isFalse();
    assertThat(JsonValidators.rejects(positive, Json.parse("0"))).isTrue();
  }

  @Test
  void this_build_runs_its_tests_with_unexpected_failures_made_visible() {
    assertThat(Boolean.getBoolean(Unexpected.PROPERTY)).isTrue();
  }

  @Test
  void an_unexpected_failure_fails_a_test_run_and_is_answered_cautiously_in_use() {
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> Unexpected.seen("Validating 1", bug))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Validating 1 failed unexpectedly: java.lang.IllegalStateException: bug")
        .hasCause(bug);

    System.clearProperty(Unexpected.PROPERTY);
    try {
      Unexpected.seen("Validating 1", bug);
    } finally {
      System.setProperty(Unexpected.PROPERTY, "true");
    }
  }
}
