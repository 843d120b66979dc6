package dev.schemagate.server.auth;

/**
 * Who sent a request, as the users file or a token names it: a role that applies to the subjects
 * {@code subjects} matches, and subjects it may read besides ({@code readSubjects}).
 */
public record Caller(String name, Role role, SubjectPatterns subjects, SubjectPatterns readSubjects) {

  public boolean mayRead(String subject) {
    return subjects.matches(subject) || readSubjects.matches(subject);
  }

  public boolean may(Role needed, String subject) {
    return needed == Role.READER ? mayRead(subject) : role.includes(needed) && subjects.matches(subject);
  }

  /** Global configuration, global mode and the audit trail: an admin of every subject. */
  public boolean isGlobalAdmin() {
    return role == Role.ADMIN && subjects.coversAll();
  }

  /** Whether every subject is readable, so listings need no filtering. */
  public boolean readsAll() {
    return subjects.coversAll() || readSubjects.coversAll();
  }
}
