package dev.schemagate.server.registry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Values read from the store, kept in memory (Caffeine) up to a total weight; past it Caffeine
 * chooses what goes by how often and how recently each value was used, so a history read over and
 * over in order keeps part of itself instead of pushing itself out. Loading takes no lock, so a
 * request may read what another one is changing at that moment; every change counts itself after
 * writing the store, and a value loaded while anything changed is answered but not kept, so memory
 * never holds what a change made stale.
 */
final class ReadThroughCache<K, V> {
  private final Cache<K, V> values;
  private final AtomicLong changes = new AtomicLong();

  /**
   * @param capacity the largest total weight kept
   * @param weigher the weight of a value, at least 1; a value heavier than the capacity is not kept
   */
  ReadThroughCache(long capacity, ToIntFunction<V> weigher) {
    this.values = Caffeine.newBuilder()
        .maximumWeight(capacity)
        .weigher((K key, V value) -> weigher.applyAsInt(value))
        .executor(Runnable::run)
        .recordStats()
        .build();
  }

  /** Reports lookups (hits, misses), size and evictions as {@code cache_*} meters tagged {@code cache=name}. */
  void monitor(MeterRegistry registry, String name) {
    CaffeineCacheMetrics.monitor(registry, values, name);
  }

  /** The value of {@code key}, loaded on a miss; a null value (nothing stored) is not kept. */
  V get(K key, Function<K, V> load) {
    V known = values.getIfPresent(key);
    if (known != null) {
      return known;
    }
    long before = changes.get();
    V loaded = load.apply(key);
    if (loaded != null) {
      synchronized (this) {
        if (changes.get() == before) {
          values.asMap().putIfAbsent(key, loaded);
        }
      }
    }
    return loaded;
  }

  /** Keeps a value that cannot be stale, such as the parsed form of a schema just stored. */
  void remember(K key, V value) {
    values.asMap().putIfAbsent(key, value);
  }

  /** After the store changed {@code key}: forgets its value. */
  synchronized void changed(K key) {
    changes.incrementAndGet();
    values.invalidate(key);
  }

  /** After the store changed {@code key} to {@code value}. */
  synchronized void changedTo(K key, V value) {
    changes.incrementAndGet();
    values.put(key, value);
  }

  /** After the store changed {@code key}: a value in memory is brought up to date by {@code update}. */
  synchronized void changedBy(K key, UnaryOperator<V> update) {
    changes.incrementAndGet();
    values.asMap().computeIfPresent(key, (k, known) -> update.apply(known));
  }

  /** After another process changed the store in unknown ways: forgets every value. */
  synchronized void changedAll() {
    changes.incrementAndGet();
    values.invalidateAll();
  }

  /** How many values are kept. */
  long size() {
    values.cleanUp();
    return values.estimatedSize();
  }

  /** The total weight of the values kept. */
  long weight() {
    values.cleanUp();
    return values.policy().eviction().orElseThrow().weightedSize().orElseThrow();
  }
}
