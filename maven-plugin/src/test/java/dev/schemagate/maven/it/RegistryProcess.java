package dev.schemagate.maven.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry-server jar started for an invoker scenario on 127.0.0.1 and a port the system picks
 * ({@code --port 0}); its URL is read from the server's ready line, so no other process can take the
 * port between choosing it and listening on it.
 *
 * <pre>{@code
 * def registry = RegistryProcess.start(new File(registryServerJar), new File(basedir, 'target/registry-server.log'),
 *     ['--db', new File(basedir, 'target/registry.db').path])
 * context.get('userProperties').put('schemagate.registryUrl', registry.url())
 * }</pre>
 */
public record RegistryProcess(Process process, String url) {
  private static final Pattern READY = Pattern.compile("SchemaGate registry listening on (https?)://[^ ]+:(\\d+) ");
  private static final long START_SECONDS = 60;

  /** Starts the jar with {@code options} after the host and port, writes its output to {@code log}, and waits until it listens. */
  public static RegistryProcess start(File jar, File log, List<String> options) throws IOException, InterruptedException {
    if (!jar.isFile()) {
      throw new IllegalStateException("the registry-server jar " + jar + " is missing; build the registry-server module first");
    }
    List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), "-jar",
        jar.getPath(), "--host", "127.0.0.1", "--port", "0"));
    command.addAll(options);
    Files.createDirectories(log.toPath().getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
    while (true) {
      String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
      Matcher ready = READY.matcher(output);
      if (ready.find()) {
        return new RegistryProcess(process, ready.group(1) + "://127.0.0.1:" + ready.group(2));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the registry-server stopped: " + output);
      }
      if (System.nanoTime() > deadline) {
        process.destroy();
        throw new IllegalStateException("the registry-server did not start within " + START_SECONDS + " seconds: " + output);
      }
      Thread.sleep(100);
    }
  }
}
