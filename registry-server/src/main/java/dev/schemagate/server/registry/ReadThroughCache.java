package dev.schemagate.server.registry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Values read from the store, kept in memory up to a total weight; past it the least recently used
 * go. Loading takes no lock, so a request may read what another one is changing at that moment;
 * every change counts itself after writing the store, and a value loaded while anything changed is
 * answered but not kept, so memory never holds what a change made stale.
 */
final class ReadThroughCache<K, V> {
  private final long capacity;
  private final ToIntFunction<V> weigher;
  private final LinkedHashMap<K, V> values = new LinkedHashMap<>(16, 0.75f, true);
  private final AtomicLong changes = new AtomicLong();
  private long weight;

  /**
   * @param capacity the largest total weight kept
   * @param weigher the weight of a value, at least 1; a value heavier than the capacity is not kept
   */
  ReadThroughCache(long capacity, ToIntFunction<V> weigher) {
    this.capacity = capacity;
    this.weigher = weigher;
  }

  /** The value of {@code key}, loaded on a miss; a null value (nothing stored) is not kept. */
  V get(K key, Function<K, V> load) {
    synchronized (this) {
      V known = values.get(key);
      if (known != null) {
        return known;
      }
    }
    long before = changes.get();
    V loaded = load.apply(key);
    if (loaded != null) {
      synchronized (this) {
        if (changes.get() == before && !values.containsKey(key)) {
          keep(key, loaded);
        }
      }
    }
    return loaded;
  }

  /** Keeps a value that cannot be stale, such as the parsed form of a schema just stored. */
  synchronized void remember(K key, V value) {
    if (!values.containsKey(key)) {
      keep(key, value);
    }
  }

  /** After the store changed {@code key}: forgets its value. */
  synchronized void changed(K key) {
    changes.incrementAndGet();
    forget(key);
  }

  /** After the store changed {@code key} to {@code value}. */
  synchronized void changedTo(K key, V value) {
    changes.incrementAndGet();
    keep(key, value);
  }

  /** After the store changed {@code key}: a value in memory is brought up to date by {@code update}. */
  synchronized void changedBy(K key, UnaryOperator<V> update) {
    changes.incrementAndGet();
    V known = values.get(key);
    if (known != null) {
      keep(key, update.apply(known));
    }
  }

  /** How many values are kept. */
  synchronized int size() {
    return values.size();
  }

  /** The total weight of the values kept. */
  synchronized long weight() {
    return weight;
  }

  private void keep(K key, V value) {
    forget(key);
    int added = weigher.applyAsInt(value);
    if (added > capacity) {
      return;
    }
    values.put(key, value);
    weight += added;
    Iterator<Map.Entry<K, V>> eldest = values.entrySet().iterator();
    while (weight > capacity) {
      weight -= weigher.applyAsInt(eldest.next().getValue());
      eldest.remove();
    }
  }

  private void forget(K key) {
    V removed = values.remove(key);
    if (removed != null) {
      weight -= weigher.applyAsInt(removed);
    }
  }
}
