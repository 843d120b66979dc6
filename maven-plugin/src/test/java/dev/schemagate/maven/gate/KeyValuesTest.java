package dev.schemagate.maven.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValuesTest {

  @Test
  void entries_become_a_map_in_order_with_blanks_ignored() {
    assertThat(KeyValues.parse(Arrays.asList(" a.avsc = orders-value ", "", null, "b.json=users"), "subjectMappings"))
        .containsExactly(Map.entry("a.avsc", "orders-value"), Map.entry("b.json", "users"));
  }

  @Test
  void values_are_converted_and_a_value_that_does_not_convert_is_named_with_the_choices() {
    assertThat(KeyValues.parse(List.of("OrderPlaced=full"), "compatibilityLevels", CompatibilityLevel.class))
        .containsExactly(Map.entry("OrderPlaced", CompatibilityLevel.FULL));

    Throwable thrown = catchThrowable(() -> KeyValues.parse(List.of("OrderPlaced=FULLEST"), "compatibilityLevels", CompatibilityLevel.class));
    assertThat(thrown).hasMessage("The compatibilityLevels entry \"OrderPlaced=FULLEST\" does not name one of NONE, BACKWARD,"
        + " BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE.");
  }

  @Test
  void the_form_shown_for_an_entry_without_equals_sign_fits_the_parameter() {
    assertThat(catchThrowable(() -> KeyValues.parse(List.of("OrderPlaced"), "policies", CompatibilityPolicy.class)))
        .hasMessage("The policies entry \"OrderPlaced\" is not of the form key=value; write it as e.g. OrderPlaced=LENIENT.");
  }

  @Test
  void an_entry_without_equals_sign_shows_the_form() {
    assertThat(catchThrowable(() -> KeyValues.parse(List.of("OrderPlaced"), "subjectMappings")))
        .hasMessage("The subjectMappings entry \"OrderPlaced\" is not of the form key=value; write it as e.g. OrderPlaced.avsc=orders-value.");
  }

  @Test
  void a_key_given_twice_is_refused() {
    assertThat(catchThrowable(() -> KeyValues.parse(List.of("a=1", "a=2"), "policies")))
        .hasMessage("The policies entries name \"a\" twice; keep one of them.");
  }

  @Test
  void no_entries_is_an_empty_map() {
    assertThat(KeyValues.parse(null, "subjectMappings")).isEmpty();
  }
}
