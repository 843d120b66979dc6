package dev.schemagate.server.registry;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.schemagate.server.store.SchemaStore;

/**
 * Serializes the changes to one subject, so that a registration checks compatibility against the
 * history it then extends, and holds the subjects it references so that they cannot be deleted
 * under it. Every subject has a lock of its own while someone holds or waits for it, so a slow
 * change to one subject never makes a change to an unrelated subject wait.
 *
 * <p>These locks order the requests of this process. When other processes share the store, the
 * store's own lock ({@link SchemaStore#exclusively}) is taken inside them and decides between the
 * processes, and {@code acquired} then forgets what memory holds of the locked subjects, so that
 * the check reads what the last holder wrote.
 */
final class SubjectLocks {
  /** A subject's lock and how many callers hold or wait for it; it is forgotten at zero. */
  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    int users;
  }

  private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();
  private final SchemaStore store;
  private final Consumer<List<String>> acquired;

  /** Locks of this process only. */
  SubjectLocks() {
    this(null, subjects -> {});
  }

  /** @param acquired called with the subjects once the store's lock on them is held, when the store is shared */
  SubjectLocks(SchemaStore store, Consumer<List<String>> acquired) {
    this.store = store;
    this.acquired = acquired;
  }

  <T> T withLock(String subject, Supplier<T> action) {
    return withLocks(List.of(subject), action);
  }

  /**
   * Runs {@code action} holding the locks of all these subjects, taken in one global order (by
   * name) so that two callers never wait for each other.
   */
  <T> T withLocks(Collection<String> subjects, Supplier<T> action) {
    List<String> ordered = List.copyOf(new TreeSet<>(subjects));
    int held = 0;
    try {
      for (String subject : ordered) {
        Entry entry = locks.compute(subject, (name, known) -> {
          Entry used = known == null ? new Entry() : known;
          used.users++;
          return used;
        });
        try {
          entry.lock.lock();
        } catch (RuntimeException | Error e) {
          release(subject);
          throw e;
        }
        held++;
      }
      if (store == null || !store.shared()) {
        return action.get();
      }
      return store.exclusively(ordered, () -> {
        acquired.accept(ordered);
        return action.get();
      });
    } finally {
      for (int i = held - 1; i >= 0; i--) {
        String subject = ordered.get(i);
        locks.get(subject).lock.unlock();
        release(subject);
      }
    }
  }

  private void release(String subject) {
    locks.computeIfPresent(subject, (name, entry) -> --entry.users == 0 ? null : entry);
  }

  /** How many subjects have a lock right now (held or waited for); for tests. */
  int size() {
    return locks.size();
  }
}
