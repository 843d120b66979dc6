package dev.schemagate.server.store;

/**
 * The database could not be reached, or did not answer in time; nothing was changed that the
 * caller was told about. Worth retrying: the store reconnects by itself when the database is back.
 */
public final class StoreUnavailable extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
