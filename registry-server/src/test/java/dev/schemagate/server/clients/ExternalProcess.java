package dev.schemagate.server.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a program of the machine (node, npm, python3) to its end and keeps what it printed. */
record ExternalProcess(int exitCode, String output) {

  /** Whether {@code program --version} runs at all. */
  static boolean available(String program) {
    try {
      Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code command} in {@code directory}; output and errors together; fails after {@code timeout}. */
  static ExternalProcess run(Path directory, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
    return run(directory, timeoutSeconds, command, java.util.Map.of());
  }

  /** As {@link #run(Path, long, List)}, with these environment variables set too. */
  static ExternalProcess run(Path directory, long timeoutSeconds, List<String> command, java.util.Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(output unreadable: " + e.getMessage() + ")";
      }
    });
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
    }
    return new ExternalProcess(process.exitValue(), output.join());
  }
}
