package dev.schemagate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTextTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"", "plain", "a\u0000b", "\u0000", "\u0001", "\u0001\u0001", "\u0001\u0002", "\u0000\u0001\u0002",
      "end\u0001", "\u0002\u0001\u0000"})
  void every_string_comes_back_as_it_was_and_holds_no_nul_when_stored(String text) {
    String stored = PostgresText.encode(text);

    assertThat(stored).doesNotContain("\u0000");
    assertThat(PostgresText.decode(stored)).isEqualTo(text);
  }

  @Test
  void text_without_either_character_is_stored_unchanged() {
    String text = "orders-value {\"type\":\"string\"} \u0002 \uFFFF";

    assertThat(PostgresText.encode(text)).isSameAs(text);
    assertThat(PostgresText.encode(null)).isNull();
    assertThat(PostgresText.decode(null)).isNull();
  }

  @Test
  void escaped_text_sorts_and_matches_prefixes_as_the_original_does() {
    List<String> texts = List.of("", "\u0000", "\u0000\u0000", "\u0000a", "\u0001", "\u0001\u0000", "\u0002", "a", "a\u0000",
        "a\u0000\u0001", "a\u0001", "a\u0002", "ab", "b");
    for (String left : texts) {
      for (String right : texts) {
        String storedLeft = PostgresText.encode(left);
        String storedRight = PostgresText.encode(right);
        assertThat(Integer.signum(storedLeft.compareTo(storedRight))).as("%s vs %s", left, right)
            .isEqualTo(Integer.signum(left.compareTo(right)));
        assertThat(storedRight.startsWith(storedLeft)).as("%s starts %s", left, right).isEqualTo(right.startsWith(left));
      }
    }
    List<String> sorted = new ArrayList<>(texts.stream().map(PostgresText::encode).toList());
    sorted.sort(Comparator.naturalOrder());
    assertThat(sorted.stream().map(PostgresText::decode).toList()).isEqualTo(texts);
  }
}
