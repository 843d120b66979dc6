package dev.schemagate.server.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two server nodes on the test class's emptied PostgreSQL database before each test: {@link #a} and {@link #b}. */
@ExtendWith(PostgresExtension.class)
public abstract class TwoNodeTest {
  protected PostgresNodes nodes;
  protected HttpClientForTests a;
  protected HttpClientForTests b;

  @BeforeEach
  void startNodes(PostgresDatabase database) {
    database.empty();
    nodes = new PostgresNodes(database.url(), 2);
    a = nodes.client(0);
    b = nodes.client(1);
  }

  @AfterEach
  void stopNodes() {
    nodes.close();
  }
}
