package dev.schemagate.server.store;

/**
 * One change in the audit trail.
 *
 * @param id increasing; 0 for an entry not yet stored
 * @param atMillis when, in milliseconds since the epoch
 * @param who the user or token subject, or {@code anonymous}
 * @param address where the request came from
 * @param action what was done, e.g. {@code REGISTER} or {@code DELETE_SUBJECT}
 * @param subject the subject it was done to, or null for a registry-wide change
 * @param detail the request and its answer, briefly
 */
public record AuditEntry(long id, long atMillis, String who, String address, String action, String subject, String detail) {}
