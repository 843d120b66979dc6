package dev.schemagate.maven.gate;

import dev.schemagate.core.gate.SubjectNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.compat.CompatibilityPolicy;
import org.junit.jupiter.api.Test;

class ChoicesTest {

  @Test
  void a_constant_is_named_in_any_case_and_an_absent_parameter_is_none() {
    assertThat(Choices.of(" lenient ", "policy", CompatibilityPolicy.class)).contains(CompatibilityPolicy.LENIENT);
    assertThat(Choices.of(null, "policy", CompatibilityPolicy.class)).isEmpty();
    assertThat(Choices.of("", "policy", CompatibilityPolicy.class)).isEmpty();
  }

  @Test
  void another_value_names_the_parameter_its_property_and_the_choices() {
    assertThat(catchThrowable(() -> Choices.of("SCHEMA", "subjectNaming", SubjectNaming.class))).hasMessage(
        "subjectNaming (property schemagate.subjectNaming) is \"SCHEMA\"; set it to one of FILE_NAME, SCHEMA_NAME.");
  }
}
