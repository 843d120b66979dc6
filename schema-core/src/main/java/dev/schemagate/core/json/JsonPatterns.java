package dev.schemagate.core.json;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions of {@code pattern} and {@code patternProperties}, compiled once. JSON Schema
 * patterns are ECMA-262 and unanchored: a string matches when the pattern is found anywhere in it.
 */
final class JsonPatterns {
  private static final int CACHE_LIMIT = 2048;
  private static final Pattern INVALID = Pattern.compile("(?!)");
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private JsonPatterns() {}

  /** True when {@code pattern} occurs in {@code text}; false for a pattern Java cannot read. */
  public static boolean find(String pattern, String text) {
    return compile(pattern).matcher(text).find();
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

  /** True when no string can match both: both anchored at the start with literal beginnings that differ. */
  public static boolean provablyDisjoint(String a, String b) {
    String left = anchoredPrefix(a);
    String right = anchoredPrefix(b);
    return left != null && right != null && !left.startsWith(right) && !right.startsWith(left);
  }

  /** True when every string {@code inner} matches, {@code outer} matches too (a sure case only). */
  public static boolean covers(String outer, String inner) {
    if (outer.equals(inner) || matchesEverything(outer)) {
      return true;
    }
    String prefix = anchoredPrefix(outer);
    String innerPrefix = anchoredPrefix(inner);
    boolean onlyPrefix = prefix != null && (outer.equals("^" + prefix) || outer.equals("^" + prefix + ".*"));
    return onlyPrefix && innerPrefix != null && innerPrefix.startsWith(prefix);
  }

  /** The literal text every match starts with, for a pattern anchored at the start; else null. */
  static String anchoredPrefix(String pattern) {
    if (!pattern.startsWith("^") || pattern.contains("|")) {
      return null;
    }
    StringBuilder literal = new StringBuilder();
    for (int i = 1; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
        if ("*?{".indexOf(c) >= 0 && literal.length() > 0) {
          literal.setLength(literal.length() - 1);
        }
        break;
      }
      literal.append(c);
    }
    return literal.toString();
  }

  /** A string the pattern matches, different for each attempt where it can be; null if none was found. */
  public static String example(String pattern, int attempt) {
    String built = JsonRegexGenerator.generate(pattern, new java.util.Random(attempt), 1 + attempt % 3);
    return built != null && find(pattern, built) ? built : null;
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
