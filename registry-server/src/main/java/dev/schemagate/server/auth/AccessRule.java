package dev.schemagate.server.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What a request needs, read from its method and path: nothing (open), any known caller, a role on
 * one subject, a schema id the caller may read, or an admin of the whole registry.
 */
record AccessRule(Kind kind, Role role, String subject, String schemaId) {
  enum Kind { OPEN, ANY_CALLER, SUBJECT, SCHEMA_ID, GLOBAL_ADMIN }

  private static final AccessRule OPEN = new AccessRule(Kind.OPEN, null, null, null);
  private static final AccessRule ANY = new AccessRule(Kind.ANY_CALLER, null, null, null);
  private static final AccessRule ADMIN = new AccessRule(Kind.GLOBAL_ADMIN, Role.ADMIN, null, null);

  /** @param rawPath the path as sent, still percent-encoded (a subject may hold an encoded slash) */
  static AccessRule of(String method, String rawPath, boolean openMetrics) {
    List<String> parts = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).map(AccessRule::decode).toList();
    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    if (parts.isEmpty()) {
      return read ? OPEN : ANY;
    }
    String first = parts.get(0);
    int size = parts.size();
    switch (first) {
      case "ready":
        return read && size == 1 ? OPEN : ANY;
      case "health":
        // probes carry no credentials: an orchestrator only asks whether the node serves
        return read && size == 2 && (parts.get(1).equals("live") || parts.get(1).equals("ready")) ? OPEN : ANY;
      case "metrics":
        return openMetrics && size == 1 ? OPEN : ANY;
      case "subjects":
        if (size == 1) {
          return ANY;
        }
        if (read) {
          return subject(Role.READER, parts.get(1));
        }
        if (method.equals("DELETE")) {
          return subject(Role.ADMIN, parts.get(1));
        }
        return subject(Role.WRITER, parts.get(1));
      case "compatibility":
        return size >= 3 && parts.get(1).equals("subjects") ? subject(Role.WRITER, parts.get(2)) : ANY;
      case "config", "mode":
        if (size == 1) {
          return read ? ANY : ADMIN;
        }
        return subject(read ? Role.READER : Role.ADMIN, parts.get(1));
      case "schemas":
        return size >= 3 && parts.get(1).equals("ids") ? new AccessRule(Kind.SCHEMA_ID, Role.READER, null, parts.get(2)) : ANY;
      case "audit":
        return ADMIN;
      case "ui":
        // the console's pages ask for credentials like the API; its JSON about one subject needs read access to it
        return size >= 4 && parts.get(1).equals("api") && parts.get(2).equals("subjects") ? subject(Role.READER, parts.get(3)) : ANY;
      default:
        return ANY;
    }
  }

  private static AccessRule subject(Role role, String subject) {
    return new AccessRule(Kind.SUBJECT, role, subject, null);
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}
