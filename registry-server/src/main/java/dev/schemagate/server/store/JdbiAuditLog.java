package dev.schemagate.server.store;

import java.util.List;

/** The audit trail in the store's {@code audit_trail} table. */
final class JdbiAuditLog implements AuditLog {
  private final StoreAccess access;

  JdbiAuditLog(StoreAccess access) {
    this.access = access;
  }

  @Override
  public void append(AuditEntry entry) {
    access.write(handle -> handle.createUpdate(
            "INSERT INTO audit_trail (at, who, address, action, subject, detail)"
                + " VALUES (:at, :who, :address, :action, :subject, :detail)")
        .bind("at", entry.atMillis())
        .bind("who", entry.who())
        .bind("address", entry.address())
        .bind("action", entry.action())
        .bind("subject", entry.subject())
        .bind("detail", entry.detail())
        .execute());
  }

  @Override
  public List<AuditEntry> newest(String subject, long beforeId, int limit) {
    return access.read(handle -> handle.createQuery(
            "SELECT id, at, who, address, action, subject, detail FROM audit_trail"
                + " WHERE (:subject IS NULL OR subject = :subject) AND (:before = 0 OR id < :before)"
                + " ORDER BY id DESC LIMIT :limit")
        .bind("subject", subject)
        .bind("before", beforeId)
        .bind("limit", limit)
        .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getLong("at"), Rows.text(rs, "who", ctx),
            Rows.text(rs, "address", ctx), Rows.text(rs, "action", ctx), Rows.text(rs, "subject", ctx), Rows.text(rs, "detail", ctx)))
        .list());
  }
}
