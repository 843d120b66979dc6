package dev.schemagate.server.store;

/**
 * A write the database refused because it conflicts with what is stored (a constraint decided it,
 * e.g. an id another writer took a moment before) or would run past what an id or a version can
 * hold. Nothing was written; the sentence says what conflicts.
 */
public final class StoreConflict extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreConflict(String message, Throwable cause) {
    super(message, cause);
  }
}
