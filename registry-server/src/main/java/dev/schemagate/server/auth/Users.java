package dev.schemagate.server.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users file in force. {@link #reloadIfChanged()} reads it again when it changed; an edit that
 * does not read keeps the previous users in force and logs why.
 */
public final class Users {
  private static final Logger LOG = LoggerFactory.getLogger(Users.class);

  private final Path file;
  private final AtomicReference<Map<String, UsersFile.User>> current = new AtomicReference<>();
  private volatile FileTime loadedStamp;

  private Users(Path file) {
    this.file = file;
  }

  /** Reads the file; at start a file that does not read is an error, not an empty users list. */
  public static Users load(Path file) {
    Users users = new Users(file);
    FileTime stamp = users.stamp();
    users.current.set(UsersFile.read(file));
    users.loadedStamp = stamp;
    return users;
  }

  public Path file() {
    return file;
  }

  public int size() {
    return current.get().size();
  }

  /** The users in force; a new map each time the file is read again. */
  Map<String, UsersFile.User> snapshot() {
    return current.get();
  }

  /** Reads the file again if its modification time changed since it was last read. */
  public void reloadIfChanged() {
    FileTime stamp = stamp();
    if (stamp != null && !stamp.equals(loadedStamp)) {
      reload(stamp);
    }
  }

  /** Reads the file again now (SIGHUP). */
  public void reload() {
    reload(stamp());
  }

  private synchronized void reload(FileTime stamp) {
    loadedStamp = stamp;
    try {
      Map<String, UsersFile.User> read = UsersFile.read(file);
      current.set(read);
      LOG.info("Users file {} reloaded: {} users", file, read.size());
    } catch (IllegalArgumentException e) {
      LOG.error("{} The previous users stay in force until the file is fixed.", e.getMessage());
    }
  }

  private FileTime stamp() {
    try {
      return Files.getLastModifiedTime(file);
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
