package dev.schemagate.server.registry;

import dev.schemagate.server.store.AuditEntry;
import dev.schemagate.server.store.AuditLog;
import java.time.Clock;
import java.util.List;

/** Who changed what, when and from where: recorded for every change, read newest first by an admin. */
public final class AuditTrail {
  /** The most entries one read answers. */
  public static final int MAX_PAGE = 1_000;

  private final AuditLog log;
  private final Clock clock;

  public AuditTrail(AuditLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /**
   * @param who the caller as authentication named it, or {@code anonymous}
   * @param address the client's address
   * @param action what was done, e.g. {@code REGISTER}
   * @param subject the subject, or null for a registry-wide change
   * @param detail the request and its answer, briefly
   */
  public void record(String who, String address, String action, String subject, String detail) {
    log.append(new AuditEntry(0, clock.millis(), who, address, action, subject, detail));
  }

  /** At most {@link #MAX_PAGE} entries, newest first, older than {@code beforeId} when it is not 0. */
  public List<AuditEntry> newest(String subject, long beforeId, int limit) {
    return log.newest(subject, Math.max(0, beforeId), Math.max(1, Math.min(limit, MAX_PAGE)));
  }
}
