package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The default request limits follow the heap, so a small server cannot be pushed out of memory by requests within them. */
class RequestLimitDefaultsTest {
  private static final long MB = 1024L * 1024;

  @Test
  void a_128_mb_heap_takes_2_mb_requests_and_4_mb_in_flight() {
    long heap = 124 * MB; // what -Xmx128m reports with the serial collector
    assertThat(ServerConfig.shareOfHeap(8, 64, heap)).isEqualTo(2 * MB);
    assertThat(ServerConfig.shareOfHeap(32, 32, heap)).isEqualTo(4 * MB);
  }

  @Test
  void a_large_heap_takes_the_full_8_mb_and_32_mb() {
    assertThat(ServerConfig.shareOfHeap(8, 64, 1024 * MB)).isEqualTo(8 * MB);
    assertThat(ServerConfig.shareOfHeap(32, 32, 6 * 1024 * MB)).isEqualTo(32 * MB);
  }

  @Test
  void a_tiny_heap_still_takes_one_megabyte() {
    assertThat(ServerConfig.shareOfHeap(8, 64, 16 * MB)).isEqualTo(MB);
  }
}
