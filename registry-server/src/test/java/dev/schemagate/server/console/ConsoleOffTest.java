package dev.schemagate.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ConsoleOffTest extends ServerTest {
  @Override
  protected void configure(ServerConfig config) {
    config.ui(false);
  }

  @Test
  void with_the_console_off_neither_its_page_nor_its_json_is_served_and_the_api_still_is() {
    assertThat(client.get("/ui").status()).isEqualTo(404);
    assertThat(client.get("/ui/api/subjects").status()).isEqualTo(404);
    assertThat(client.get("/subjects").status()).isEqualTo(200);
  }
}
