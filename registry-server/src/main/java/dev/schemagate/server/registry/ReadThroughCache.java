package dev.schemagate.server.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Values read from the store, kept in memory. Loading takes no lock, so a request may read what
 * another one is changing at that moment; every change counts itself after writing the store, and
 * a value loaded while anything changed is answered but not kept (or dropped again), so memory
 * never holds what a change made stale.
 */
final class ReadThroughCache<K, V> {
  /** Past this many values everything is dropped and read again. */
  private static final int MAX_VALUES = 100_000;

  private final Map<K, V> values = new ConcurrentHashMap<>();
  private final AtomicLong changes = new AtomicLong();

  /** The value of {@code key}, loaded on a miss; a null value (nothing stored) is not kept. */
  V get(K key, Function<K, V> load) {
    V known = values.get(key);
    if (known != null) {
      return known;
    }
    long before = changes.get();
    V loaded = load.apply(key);
    if (loaded != null) {
      if (values.size() >= MAX_VALUES) {
        values.clear();
      }
      values.putIfAbsent(key, loaded);
      if (changes.get() != before) {
        values.remove(key, loaded);
      }
    }
    return loaded;
  }

  /** Keeps a value that cannot be stale, such as the parsed form of a schema just stored. */
  void remember(K key, V value) {
    values.putIfAbsent(key, value);
  }

  /** After the store changed {@code key}: forgets its value. */
  void changed(K key) {
    changes.incrementAndGet();
    values.remove(key);
  }

  /** After the store changed {@code key} to {@code value}. */
  void changed(K key, V value) {
    changes.incrementAndGet();
    values.put(key, value);
  }

  /** After the store changed {@code key}: a value in memory is brought up to date by {@code update}. */
  void changed(K key, UnaryOperator<V> update) {
    changes.incrementAndGet();
    values.computeIfPresent(key, (k, known) -> update.apply(known));
  }
}
