package dev.schemagate.server.testing;

import dev.schemagate.server.RegistryServer;
import java.util.ArrayList;
import java.util.List;

/** Several server nodes in this JVM on one PostgreSQL database, as behind a load balancer. */
public final class PostgresNodes implements AutoCloseable {
  private final List<RegistryServer> servers = new ArrayList<>();
  private final List<HttpClientForTests> clients = new ArrayList<>();

  public PostgresNodes(String databaseUrl, int count) {
    for (int i = 0; i < count; i++) {
      RegistryServer server = RegistryServer.create(config -> config.host("127.0.0.1").port(0).jdbcUrl(databaseUrl)
          .databaseLogin(PostgresDatabase.USER, null).databasePoolSize(6)).start();
      servers.add(server);
      clients.add(new HttpClientForTests(server.url()));
    }
  }

  public HttpClientForTests client(int node) {
    return clients.get(node);
  }

  @Override
  public void close() {
    servers.forEach(RegistryServer::close);
  }
}
