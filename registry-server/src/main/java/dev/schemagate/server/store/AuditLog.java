package dev.schemagate.server.store;

import java.util.List;

/** Where the audit trail is kept; entries are only ever added. */
public interface AuditLog {
  void append(AuditEntry entry);

  /**
   * The newest entries first.
   *
   * @param subject only this subject's, or null for all
   * @param beforeId only entries older than this id (the next page), or 0 for the newest
   */
  List<AuditEntry> newest(String subject, long beforeId, int limit);
}
