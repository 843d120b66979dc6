package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRegexGeneratorTest {
  // JSON Schema patterns are ECMA-262: an escaped letter other than these means itself there, not in Java
  private static final Pattern JAVA_DIFFERS = Pattern.compile("\\\\[a-zA-Z&&[^dDwWsSxupPnrtfv]]");

  @ParameterizedTest
  @ValueSource(strings = {"ab\\", "[a-", "[ab", "[a\\", "(?<name", "\\x4", "\\u00e", "\\p{L", "x{2", "(a|b"})
  void a_pattern_that_ends_inside_a_construct_builds_no_string(String pattern) {
    assertThat(JsonRegexGenerator.generate(pattern, new Random(1), 3)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[a-z]{3}-\\d{2}$", "(?:ab|cd)+x?", "\\u0041\\x42[^\\s]", "(?<id>[A-F0-9]{4})", "\\p{L}+"})
  void a_string_built_for_a_pattern_matches_it(String pattern) {
    String built = JsonRegexGenerator.generate(pattern, new Random(7), 3);

    assertThat(built).isNotNull();
    assertThat(Pattern.compile(pattern, Pattern.UNICODE_CHARACTER_CLASS).matcher(built).find()).as(built).isTrue();
  }

  /** Only "cannot build" (null) is a silent answer: any other failure is a bug this test must see. */
  @Test
  void random_patterns_either_build_a_matching_string_or_none_and_never_throw() {
    Random random = new Random(20261204L);
    String alphabet = "ab-z09\\[]^(){},?*+|.$dwsDWSxup<>:!=";
    int built = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder pattern = new StringBuilder();
      int length = 1 + random.nextInt(10);
      for (int j = 0; j < length; j++) {
        pattern.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = pattern.toString();
      String sample = JsonRegexGenerator.generate(text, new Random(i), 3);
      if (JAVA_DIFFERS.matcher(text).find()) {
        continue;
      }
      Pattern compiled;
      try {
        compiled = Pattern.compile(text);
      } catch (PatternSyntaxException invalid) {
        continue;
      }
      if (sample != null) {
        built++;
        assertThat(compiled.matcher(sample).find()).as("/%s/ built %s", text, sample).isTrue();
      }
    }
    assertThat(built).isGreaterThan(1_000);
  }
}
