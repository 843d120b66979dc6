package dev.schemagate.server.auth;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do under its subject patterns; each role may do everything the one before it may. */
public enum Role {
  /** Read the subjects it may see, and the schemas they use. */
  READER,
  /** Also register, check compatibility and look up. */
  WRITER,
  /** Also configuration, mode, deletes, global settings and the audit trail. */
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  /** {@code reader}, {@code writer} or {@code admin}, in any case. */
  public static Optional<Role> named(String name) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
