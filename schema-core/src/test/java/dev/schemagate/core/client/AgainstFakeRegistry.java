package dev.schemagate.core.client;

import org.junit.jupiter.api.AfterEach;

/** Gives each test a fresh scripted registry and a client without credentials pointed at it. */
abstract class AgainstFakeRegistry {
  final FakeRegistry registry = new FakeRegistry();
  final RegistryClient client = RegistryClient.create(config -> config.url(registry.url()));

  @AfterEach
  void stopRegistry() {
    registry.close();
  }
}
