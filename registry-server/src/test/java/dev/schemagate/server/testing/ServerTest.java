package dev.schemagate.server.testing;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.RegistryServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Starts the real server on a free port with a fresh SQLite file before each test. */
public abstract class ServerTest {
  @TempDir protected Path dataDir;
  protected RegistryServer server;
  protected HttpClientForTests client;

  @BeforeEach
  void startServer() {
    server = RegistryServer.create(config -> {
      config.host("127.0.0.1");
      config.port(0);
      config.database(dataDir.resolve("registry.db"));
      config.defaultCompatibility(CompatibilityLevel.BACKWARD);
      configure(config);
    }).start();
    client = new HttpClientForTests(server.url());
  }

  /** Subclasses change the configuration here. */
  protected void configure(dev.schemagate.server.ServerConfig config) {}

  @AfterEach
  void stopServer() {
    server.close();
  }

  protected static final String USER_V1 = """
      {"type":"record","name":"User","fields":[{"name":"name","type":"string"}]}""";
  protected static final String USER_V2_WITH_DEFAULT = """
      {"type":"record","name":"User","fields":[{"name":"name","type":"string"},\
      {"name":"email","type":"string","default":""}]}""";
  protected static final String USER_V2_WITHOUT_DEFAULT = """
      {"type":"record","name":"User","fields":[{"name":"name","type":"string"},{"name":"age","type":"int"}]}""";
}
