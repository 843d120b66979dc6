package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.testing.HttpClientForTests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryServerTest {
  @TempDir Path dataDir;

  private RegistryServer start(Path database) {
    return RegistryServer.create(config -> {
      config.host("127.0.0.1");
      config.port(0);
      config.database(database);
      config.defaultCompatibility(CompatibilityLevel.BACKWARD);
    }).start();
  }

  @Test
  void starts_on_a_free_port_and_answers_at_its_url() {
    try (RegistryServer server = start(dataDir.resolve("x.db"))) {
      assertThat(server.port()).isPositive();
      assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port());
      assertThat(new HttpClientForTests(server.url()).get("/").status()).isEqualTo(200);
    }
  }

  @Test
  void creates_the_database_file_on_first_start() {
    Path database = dataDir.resolve("registry.db");
    try (RegistryServer server = start(database)) {
      assertThat(database).exists();
    }
  }

  @Test
  void refuses_a_database_file_in_a_folder_that_does_not_exist_and_creates_nothing() {
    Path missing = dataDir.resolve("nested/folder");

    assertThatThrownBy(() -> start(missing.resolve("registry.db")))
        .hasMessage("The folder " + missing + " of the database file registry.db does not exist; create it first,"
            + " or give a database file in an existing folder.");
    assertThat(dataDir.resolve("nested")).doesNotExist();
  }

  @Test
  void ids_versions_and_configuration_survive_a_restart() {
    Path database = dataDir.resolve("registry.db");
    try (RegistryServer first = start(database)) {
      HttpClientForTests client = new HttpClientForTests(first.url());
      client.register("a-value", null, "\"string\"");
      client.register("b-value", null, "\"int\"");
      client.put("/config/b-value", HttpClientForTests.json("{\"compatibility\":\"FULL\"}"));
    }
    try (RegistryServer second = start(database)) {
      HttpClientForTests client = new HttpClientForTests(second.url());
      assertThat(client.get("/schemas/ids/2").json().get("schema").asText()).isEqualTo("\"int\"");
      assertThat(client.get("/config/b-value").json()).isEqualTo(HttpClientForTests.json("{\"compatibilityLevel\":\"FULL\"}"));
      assertThat(client.register("c-value", null, "\"long\"").json().get("id").asInt()).isEqualTo(3);
      assertThat(client.register("a-value", null, "\"string\"").json().get("version").asInt()).isEqualTo(1);
    }
  }

  @Test
  void port_and_url_before_start_are_a_clear_error() {
    RegistryServer server = RegistryServer.create(config -> config.port(0));
    assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class).hasMessage("the server is not started; call start() first");
  }

  @Test
  void an_impossible_port_is_refused_when_configuring() {
    assertThatThrownBy(() -> RegistryServer.create(config -> config.port(70000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 and 65535, not 70000");
  }
}
