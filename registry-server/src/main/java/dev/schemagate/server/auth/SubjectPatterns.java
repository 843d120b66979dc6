package dev.schemagate.server.auth;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Subject name patterns: {@code *} stands for any characters (none included), everything else for
 * itself; {@code orders.*} matches {@code orders.OrderPlaced-value}, {@code *} matches every subject.
 */
public final class SubjectPatterns {
  private final List<String> patterns;
  private final List<Pattern> compiled;

  private SubjectPatterns(List<String> patterns) {
    this.patterns = List.copyOf(patterns);
    this.compiled = this.patterns.stream().map(SubjectPatterns::compile).toList();
  }

  public static SubjectPatterns of(List<String> patterns) {
    return new SubjectPatterns(patterns);
  }

  public static SubjectPatterns all() {
    return of(List.of("*"));
  }

  public static SubjectPatterns none() {
    return of(List.of());
  }

  public boolean matches(String subject) {
    for (Pattern pattern : compiled) {
      if (pattern.matcher(subject).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the patterns is a bare {@code *}: every subject, and so the registry as a whole. */
  public boolean coversAll() {
    return patterns.contains("*");
  }

  public SubjectPatterns and(SubjectPatterns more) {
    return of(java.util.stream.Stream.concat(patterns.stream(), more.patterns.stream()).distinct().toList());
  }

  public List<String> patterns() {
    return patterns;
  }

  private static Pattern compile(String glob) {
    StringBuilder regex = new StringBuilder();
    for (String part : glob.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  @Override
  public String toString() {
    return patterns.toString();
  }
}
