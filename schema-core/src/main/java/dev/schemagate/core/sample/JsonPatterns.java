package dev.schemagate.core.sample;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions of {@code pattern} and {@code patternProperties}, compiled once. JSON Schema
 * patterns are ECMA-262 and unanchored: a string matches when the pattern is found anywhere in it.
 */
public final class JsonPatterns {
  private static final int CACHE_LIMIT = 2048;
  private static final Pattern INVALID = Pattern.compile("(?!)");
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private JsonPatterns() {}

  /** True when {@code pattern} occurs in {@code text}; false for a pattern Java cannot read. */
  public static boolean find(String pattern, String text) {
    return compile(pattern).matcher(text).find();
  }

  /** True when Java can read the pattern. */
  public static boolean isReadable(String pattern) {
    return compile(pattern) != INVALID;
  }

  /**
   * True when the pattern is found in every string: it can match the empty string and has nothing
   * that depends on position (anchors, boundaries, lookaround).
   */
  public static boolean matchesEverything(String pattern) {
    if (pattern.contains("^") || pattern.contains("$") || pattern.contains("\\b") || pattern.contains("\\B")
        || pattern.contains("(?")) {
      return false;
    }
    return find(pattern, "");
  }

  private static Pattern compile(String pattern) {
    Pattern compiled = CACHE.get(pattern);
    if (compiled != null) {
      return compiled;
    }
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException unreadable) {
      compiled = INVALID;
    }
    if (CACHE.size() >= CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(pattern, compiled);
    return compiled;
  }
}
