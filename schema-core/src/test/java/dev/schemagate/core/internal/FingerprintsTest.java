package dev.schemagate.core.internal;

import dev.schemagate.core.schema.Fingerprints;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void sha256_of_a_text_is_the_lowercase_hex_digest_of_its_utf8_bytes() {
    assertThat(Fingerprints.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Fingerprints.sha256("ä")).isEqualTo("33e6d73fee82904c8d7afb78de1154d1e8dc2a0edb08120e63df5b9385c2d9cc");
  }
}
