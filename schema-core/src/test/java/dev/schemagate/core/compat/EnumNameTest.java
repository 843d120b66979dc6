package dev.schemagate.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.schema.SchemaType;
import org.junit.jupiter.api.Test;

/** Levels, policies and schema types are read from configuration values in any case, with spaces around. */
class EnumNameTest {

  @Test
  void names_are_read_in_any_case_with_spaces_around() {
    assertThat(CompatibilityLevel.fromName(" backward_transitive ")).contains(CompatibilityLevel.BACKWARD_TRANSITIVE);
    assertThat(CompatibilityPolicy.fromName("Lenient")).contains(CompatibilityPolicy.LENIENT);
    assertThat(SchemaType.fromName("json")).contains(SchemaType.JSON);
  }

  @Test
  void unknown_names_and_null_are_empty() {
    assertThat(CompatibilityLevel.fromName("BACKWARDS")).isEmpty();
    assertThat(CompatibilityPolicy.fromName("")).isEmpty();
    assertThat(SchemaType.fromName(null)).isEmpty();
  }
}
