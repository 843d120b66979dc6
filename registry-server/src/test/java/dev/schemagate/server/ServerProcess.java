package dev.schemagate.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A registry server running as its own process on a free port of 127.0.0.1, found from its ready
 * line. Starting returns at once, so that several processes start side by side; {@link #url()}
 * waits for the ready line.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+) ");

  private final Process process;
  private final CompletableFuture<String> url = new CompletableFuture<>();

  private ServerProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line = output.readLine();
        Matcher ready = READY.matcher(String.valueOf(line));
        if (ready.find()) {
          url.complete("http://127.0.0.1:" + ready.group(1));
        } else {
          url.completeExceptionally(new AssertionError("the server did not start; its first line: " + line));
        }
        output.lines().forEach(ignored -> {}); // drained, so that the server never blocks on a full pipe
      } catch (java.io.IOException | java.io.UncheckedIOException stopped) {
        url.completeExceptionally(new AssertionError("the server process stopped", stopped));
      }
    }, "server-process-output");
    reader.setDaemon(true);
    reader.start();
  }

  static ServerProcess start(Map<String, String> environment, String... options) throws Exception {
    String[] args = Stream.concat(List.of("--host", "127.0.0.1", "--port", "0").stream(), Stream.of(options))
        .toArray(String[]::new);
    return new ServerProcess(MainTest.launch(environment, args));
  }

  /** The server's base URL, once it is ready. */
  String url() throws Exception {
    return url.get(120, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
