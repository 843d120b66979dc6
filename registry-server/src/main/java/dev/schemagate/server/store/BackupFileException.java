package dev.schemagate.server.store;

import java.nio.file.Path;

/** A backup file that cannot be restored: not a backup, cut short, or holding a row the store refuses. */
public final class BackupFileException extends StoreException {
  private static final long serialVersionUID = 1L;

  BackupFileException(Path file, String problem, Throwable cause) {
    super("The backup file " + file + " cannot be restored: " + problem + "; nothing was restored.", cause);
  }
}
