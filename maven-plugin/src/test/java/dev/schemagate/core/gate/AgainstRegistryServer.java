package dev.schemagate.core.gate;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.server.RegistryServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a real registry on 127.0.0.1 and a random port, with its own database, and a client for it. */
abstract class AgainstRegistryServer {
  @TempDir Path data;
  RegistryServer server;
  RegistryClient registry;

  @BeforeEach
  void startRegistry() {
    server = RegistryServer.create(config -> {
      config.host("127.0.0.1");
      config.port(0);
      config.database(data.resolve("registry.db"));
    }).start();
    registry = RegistryClient.create(config -> config.url(server.url()));
  }

  @AfterEach
  void stopRegistry() {
    server.close();
  }
}
