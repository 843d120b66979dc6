package dev.schemagate.server.logging;

import java.util.Locale;
import java.util.Optional;

/** How the server writes its log lines: plain text for people, or one JSON object per line for log collectors. */
public enum LogFormat {
  TEXT,
  JSON;

  /** The format named {@code text} or {@code json}, in any case. */
  public static Optional<LogFormat> fromName(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "text" -> Optional.of(TEXT);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }
}
