package dev.schemagate.server.registry;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes the changes to one subject, so that a registration checks compatibility against the
 * history it then extends, and holds the subjects it references so that they cannot be deleted
 * under it. Subjects share a fixed set of locks by hash.
 */
final class SubjectLocks {
  static final int STRIPES = 64;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  SubjectLocks() {
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  <T> T withLock(String subject, Supplier<T> action) {
    return withLocks(List.of(subject), action);
  }

  /**
   * Runs {@code action} holding the locks of all these subjects, taken in one global order so that
   * two callers never wait for each other.
   */
  <T> T withLocks(Collection<String> subjects, Supplier<T> action) {
    int[] stripes = subjects.stream().mapToInt(s -> Math.floorMod(s.hashCode(), locks.length)).distinct().sorted().toArray();
    int held = 0;
    try {
      for (int stripe : stripes) {
        locks[stripe].lock();
        held++;
      }
      return action.get();
    } finally {
      for (int i = held - 1; i >= 0; i--) {
        locks[stripes[i]].unlock();
      }
    }
  }
}
