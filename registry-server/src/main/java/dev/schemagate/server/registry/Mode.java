package dev.schemagate.server.registry;

import java.util.Locale;
import java.util.Optional;

/** What a subject, or the whole registry, accepts. */
public enum Mode {
  /** Reads and writes. */
  READWRITE,
  /** Reads only: registrations, deletions and configuration changes are refused (42205). */
  READONLY,
  /** Like READONLY, and a subject-level mode cannot lift it. */
  READONLY_OVERRIDE,
  /** Registrations keep the id and version the client gives, for moving data from another registry. */
  IMPORT;

  public boolean refusesWrites() {
    return this == READONLY || this == READONLY_OVERRIDE;
  }

  /** A mode by its exact name in any case; a name with spaces or control characters around it is none. */
  public static Optional<Mode> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
