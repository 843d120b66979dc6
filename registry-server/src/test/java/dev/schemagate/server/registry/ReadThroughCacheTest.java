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
  void keeps_values_up_to_their_total_weight_and_loads_again_what_went() {
    for (String key : List.of("aa", "bb", "cc", "dd", "ee")) {
      cache.get(key, this::load);
    }

    assertThat(cache.weight()).isLessThanOrEqualTo(6);
    assertThat(cache.size()).isEqualTo(3);
    loads.clear();
    for (String key : List.of("aa", "bb", "cc", "dd", "ee")) {
      assertThat(cache.get(key, this::load)).isEqualTo(key.toUpperCase());
    }
    assertThat(loads).as("what no longer fitted was loaded again").hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void a_heavy_value_pushes_out_as_many_light_ones_as_it_needs() {
    ReadThroughCache<String, String> roomy = new ReadThroughCache<>(6, String::length);
    roomy.remember("a", "A");
    roomy.remember("b", "B");
    roomy.remember("c", "C");

    roomy.remember("ddddd", "DDDDD");

    assertThat(roomy.weight()).isLessThanOrEqualTo(6);
    assertThat(roomy.size()).isLessThanOrEqualTo(2);
  }

  @Test
  void a_value_heavier_than_the_whole_cache_is_answered_but_not_kept() {
    cache.get("a", this::load);

    assertThat(cache.get("seventeen", this::load)).isEqualTo("SEVENTEEN");
    assertThat(cache.get("seventeen", this::load)).isEqualTo("SEVENTEEN");

    assertThat(loads).containsExactly("a", "seventeen", "seventeen");
    assertThat(cache.weight()).isLessThanOrEqualTo(6);
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

  @Test
  void a_value_loaded_while_the_store_changed_is_answered_but_not_kept() {
    String answered = cache.get("ab", key -> {
      cache.changed("ab");
      return "OLD";
    });

    assertThat(answered).isEqualTo("OLD");
    assertThat(cache.get("ab", this::load)).isEqualTo("AB");
    assertThat(loads).containsExactly("ab");
  }
}
