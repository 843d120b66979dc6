package dev.schemagate.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadThroughCacheTest {
  private final List<String> loads = new ArrayList<>();

  /** Values weigh their length. */
  private final ReadThroughCache<String, String> cache = new ReadThroughCache<>(6, String::length);

  private String load(String key) {
    loads.add(key);
    return key.toUpperCase();
  }

  @Test
  void keeps_the_most_recently_used_values_up_to_their_total_weight() {
    cache.get("aa", this::load);
    cache.get("bb", this::load);
    cache.get("cc", this::load);
    cache.get("aa", this::load); // aa is now used more recently than bb

    cache.get("dd", this::load);

    assertThat(cache.weight()).isEqualTo(6);
    assertThat(cache.size()).isEqualTo(3);
    loads.clear();
    cache.get("aa", this::load);
    cache.get("cc", this::load);
    cache.get("dd", this::load);
    assertThat(loads).as("kept").isEmpty();
    assertThat(cache.get("bb", this::load)).isEqualTo("BB");
    assertThat(loads).as("bb was the least recently used, so it went").containsExactly("bb");
  }

  @Test
  void a_heavy_value_pushes_out_as_many_light_ones_as_it_needs() {
    cache.get("a", this::load);
    cache.get("b", this::load);
    cache.get("c", this::load);

    cache.get("ddddd", this::load);

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.weight()).isEqualTo(6);
    loads.clear();
    cache.get("c", this::load);
    assertThat(loads).as("c, the newest of the light ones, stayed").isEmpty();
  }

  @Test
  void a_value_heavier_than_the_whole_cache_is_answered_but_not_kept() {
    cache.get("a", this::load);

    assertThat(cache.get("seventeen", this::load)).isEqualTo("SEVENTEEN");
    assertThat(cache.get("seventeen", this::load)).isEqualTo("SEVENTEEN");

    assertThat(loads).containsExactly("a", "seventeen", "seventeen");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void a_change_replaces_or_updates_a_value_and_keeps_the_weight_right() {
    cache.get("ab", this::load);
    cache.changedTo("ab", "ABCD");
    assertThat(cache.weight()).isEqualTo(4);

    cache.changedBy("ab", value -> value + "E");
    assertThat(cache.get("ab", this::load)).isEqualTo("ABCDE");
    assertThat(cache.weight()).isEqualTo(5);

    cache.changed("ab");
    assertThat(cache.weight()).isZero();
    assertThat(cache.get("ab", this::load)).isEqualTo("AB");
  }
}
