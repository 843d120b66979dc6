package dev.schemagate.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds strings that a regular expression matches, for the common ECMA-262 subset: literals,
 * classes ({@code [a-z]}, {@code \d}, {@code \w}, {@code \s}, {@code .}), groups, alternation,
 * quantifiers and anchors. Lookaround and back references are not supported: {@link #generate}
 * returns null and callers fall back to other candidates. So does a pattern whose every match is
 * longer than {@link #MAX_LENGTH} ({@code a{1000000000}}) or whose groups nest deeper than
 * {@link #MAX_GROUP_DEPTH}. The result is checked by the caller.
 */
final class JsonRegexGenerator {
  /** Longest string built; also bounds the work, as each character is built once per enclosing group. */
  static final int MAX_LENGTH = 10_000;
  private static final int MAX_GROUP_DEPTH = 100;
  private static final String PRINTABLE = printable();

  private final String pattern;
  private final Random random;
  private final int spread;
  private int at;
  private int built;
  private int groupDepth;
  // a $ was passed: nothing more may be built (a group's branches are built before one is chosen, so this is cautious)
  private boolean ended;

  private JsonRegexGenerator(String pattern, Random random, int spread) {
    this.pattern = pattern;
    this.random = random;
    this.spread = spread;
  }

  /**
   * A string the pattern matches, or null when the pattern uses what this class cannot build.
   *
   * @param spread how many repetitions beyond the minimum a quantifier may add
   */
  static String generate(String pattern, Random random, int spread) {
    JsonRegexGenerator generator = new JsonRegexGenerator(pattern, random, spread);
    try {
      StringBuilder out = new StringBuilder();
      generator.alternation(out);
      return generator.at == pattern.length() ? out.toString() : null;
    } catch (UnsupportedOperationException | NumberFormatException unsupported) {
      return null;
    }
  }

  /** The pattern's character at {@code index}; a pattern that ends inside a construct is not built. */
  private char charAt(int index) {
    if (index >= pattern.length()) {
      throw new UnsupportedOperationException("a pattern that ends inside a construct");
    }
    return pattern.charAt(index);
  }

  /** The next {@code count} characters, moving past them. */
  private String take(int count) {
    if (at + count > pattern.length()) {
      throw new UnsupportedOperationException("a pattern that ends inside an escape");
    }
    at += count;
    return pattern.substring(at - count, at);
  }

  /** Moves past the next {@code closing} character. */
  private void skipPast(char closing) {
    int found = pattern.indexOf(closing, at);
    if (found < 0) {
      throw new UnsupportedOperationException("an unclosed construct");
    }
    at = found + 1;
  }

  /** Parses one alternation and emits one of its branches. */
  private void alternation(StringBuilder out) {
    List<StringBuilder> branches = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    branches.add(current);
    while (at < pattern.length() && charAt(at) != ')') {
      if (charAt(at) == '|') {
        at++;
        current = new StringBuilder();
        branches.add(current);
        continue;
      }
      sequenceItem(current);
    }
    out.append(branches.get(random.nextInt(branches.size())));
  }

  private void sequenceItem(StringBuilder out) {
    int start = at;
    List<String> first = new ArrayList<>();
    atom(first);
    int[] range = quantifier();
    int end = at;
    int extra = range[1] > range[0] ? random.nextInt(Math.min(range[1] - range[0], spread) + 1) : 0;
    int count = range[0] + extra;
    for (int i = 0; i < count; i++) {
      if (i == 0) {
        append(out, first.get(0));
      } else {
        at = start;
        List<String> again = new ArrayList<>();
        atom(again);
        append(out, again.get(0));
      }
    }
    at = end;
  }

  private void append(StringBuilder out, String piece) {
    if (ended && !piece.isEmpty()) {
      throw new UnsupportedOperationException("text after $");
    }
    built += piece.length();
    if (built > MAX_LENGTH) {
      throw new UnsupportedOperationException("a match longer than " + MAX_LENGTH + " characters");
    }
    out.append(piece);
  }

  /** Parses one atom at {@code at}, adding one sample of it. */
  private void atom(List<String> samples) {
    char c = charAt(at++);
    switch (c) {
      case '^' -> {
        if (built > 0) {
          throw new UnsupportedOperationException("^ after text");
        }
        samples.add("");
      }
      case '$' -> {
        ended = true;
        samples.add("");
      }
      case '.' -> samples.add(String.valueOf(pick(PRINTABLE)));
      case '[' -> samples.add(String.valueOf(characterClass()));
      case '\\' -> samples.add(escape());
      case '(' -> {
        if (pattern.startsWith("?:", at)) {
          at += 2;
        } else if (pattern.startsWith("?<", at) && !pattern.startsWith("?<=", at) && !pattern.startsWith("?<!", at)) {
          skipPast('>');
        } else if (charAt(at) == '?') {
          throw new UnsupportedOperationException("lookaround");
        }
        if (++groupDepth > MAX_GROUP_DEPTH) {
          throw new UnsupportedOperationException("groups nested deeper than " + MAX_GROUP_DEPTH);
        }
        StringBuilder group = new StringBuilder();
        alternation(group);
        groupDepth--;
        at++;
        samples.add(group.toString());
      }
      case '*', '+', '?', '{', ')', '|' -> throw new UnsupportedOperationException("misplaced " + c);
      default -> samples.add(String.valueOf(c));
    }
  }

  private int[] quantifier() {
    if (at >= pattern.length()) {
      return new int[] {1, 1};
    }
    int[] range;
    char c = charAt(at);
    if (c == '*') {
      range = new int[] {0, Integer.MAX_VALUE};
      at++;
    } else if (c == '+') {
      range = new int[] {1, Integer.MAX_VALUE};
      at++;
    } else if (c == '?') {
      range = new int[] {0, 1};
      at++;
    } else if (c == '{' && pattern.indexOf('}', at) > 0 && pattern.substring(at + 1, pattern.indexOf('}', at)).matches("\\d+(,\\d*)?")) {
      String body = pattern.substring(at + 1, pattern.indexOf('}', at));
      at = pattern.indexOf('}', at) + 1;
      String[] parts = body.split(",", -1);
      int min = Integer.parseInt(parts[0]);
      int max = parts.length == 1 ? min : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
      range = new int[] {min, max};
    } else {
      return new int[] {1, 1};
    }
    if (at < pattern.length() && charAt(at) == '?') {
      at++;
    }
    return range;
  }

  private String escape() {
    char c = charAt(at++);
    return switch (c) {
      case 'd' -> String.valueOf((char) ('0' + random.nextInt(10)));
      case 'w' -> String.valueOf(pick("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"));
      case 's' -> " ";
      case 'D', 'W', 'S' -> String.valueOf(pick(exclude(PRINTABLE, classOf(Character.toLowerCase(c)))));
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case 'f' -> "\f";
      case 'v' -> "\u000b";
      case '0' -> {
        if (at < pattern.length() && Character.isDigit(pattern.charAt(at))) {
          throw new UnsupportedOperationException("an octal escape");
        }
        yield "\0";
      }
      case 'x' -> String.valueOf((char) Integer.parseInt(take(2), 16));
      case 'u' -> String.valueOf((char) Integer.parseInt(take(4), 16));
      case 'p', 'P' -> {
        skipPast('}');
        yield c == 'p' ? "a" : "1";
      }
      case 'b', 'B', 'k' -> throw new UnsupportedOperationException("\\" + c);
      default -> {
        if (Character.isDigit(c)) {
          throw new UnsupportedOperationException("back reference");
        }
        yield String.valueOf(c);
      }
    };
  }

  /** Parses a class after its {@code [}; returns one member. */
  private char characterClass() {
    boolean negated = at < pattern.length() && charAt(at) == '^';
    if (negated) {
      at++;
    }
    StringBuilder members = new StringBuilder();
    boolean first = true;
    while (first || charAt(at) != ']') {
      first = false;
      char c = charAt(at++);
      String single;
      if (c == '\\') {
        char e = charAt(at);
        single = "dwsDWS".indexOf(e) >= 0 ? charsOf(e) : null;
        if (single != null) {
          at++;
          members.append(single);
          continue;
        }
        single = escape();
      } else {
        single = String.valueOf(c);
      }
      if (charAt(at) == '-' && charAt(at + 1) != ']') {
        at++;
        char end = charAt(at++);
        if (end == '\\') {
          end = escape().charAt(0);
        }
        for (char x = single.charAt(0); x <= end && x >= single.charAt(0); x++) {
          members.append(x);
        }
      } else {
        members.append(single);
      }
    }
    at++;
    String pool = negated ? exclude(PRINTABLE, members.toString()) : members.toString();
    if (pool.isEmpty()) {
      throw new UnsupportedOperationException("empty class");
    }
    return pick(pool);
  }

  private static String charsOf(char escape) {
    String lower = classOf(Character.toLowerCase(escape));
    return Character.isUpperCase(escape) ? exclude(PRINTABLE, lower) : lower;
  }

  private static String classOf(char escape) {
    return switch (escape) {
      case 'd' -> "0123456789";
      case 'w' -> "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
      default -> " \t\n\r\f\u000b";
    };
  }

  private static String exclude(String pool, String removed) {
    StringBuilder kept = new StringBuilder();
    pool.chars().filter(ch -> removed.indexOf(ch) < 0).forEach(ch -> kept.append((char) ch));
    return kept.toString();
  }

  private char pick(String pool) {
    return pool.charAt(random.nextInt(pool.length()));
  }

  private static String printable() {
    StringBuilder chars = new StringBuilder();
    for (char c = 0x20; c < 0x7f; c++) {
      chars.append(c);
    }
    return chars.toString();
  }
}
