package dev.schemagate.server.testing;

import dev.schemagate.server.logging.ServerLogging;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The lines the server logs while this is open, each still written where it would have gone. */
public final class CapturedLog implements AutoCloseable {
  private final List<String> captured = new ArrayList<>();
  private final Consumer<String> previous;

  public CapturedLog() {
    org.slf4j.LoggerFactory.getILoggerFactory(); // the provider is set up on first use
    AtomicReference<Consumer<String>> before = new AtomicReference<>();
    before.set(ServerLogging.output(line -> {
      synchronized (captured) {
        captured.add(line);
      }
      before.get().accept(line);
    }));
    this.previous = before.get();
  }

  /** The lines logged so far, a stack trace's lines each on its own. */
  public List<String> lines() {
    synchronized (captured) {
      return captured.stream().flatMap(String::lines).toList();
    }
  }

  @Override
  public void close() {
    ServerLogging.output(previous);
  }
}
