package dev.schemagate.core.gate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file could not be written, in words: the JDK's file exceptions often carry nothing but a path. */
public final class FileWrites {
  private FileWrites() {}

  /** Completes "... cannot be written because ...". */
  public static String because(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission to write " + denied.getFile() + " is denied";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " is a file where a folder is needed";
    }
    if (e instanceof NoSuchFileException missing) {
      return "the folder of " + missing.getFile() + " does not exist";
    }
    if (e instanceof FileSystemException other && other.getReason() != null) {
      return "the file system refused " + other.getFile() + " (" + other.getReason() + ")";
    }
    return "the file system said \"" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "\"";
  }
}
