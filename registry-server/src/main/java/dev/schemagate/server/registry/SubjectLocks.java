package dev.schemagate.server.registry;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializes the changes to one subject, so that a registration checks compatibility against the
 * history it then extends. Subjects share a fixed set of locks by hash.
 */
final class SubjectLocks {
  private final ReentrantLock[] locks = new ReentrantLock[64];

  SubjectLocks() {
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  <T> T withLock(String subject, Supplier<T> action) {
    ReentrantLock lock = locks[Math.floorMod(subject.hashCode(), locks.length)];
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
