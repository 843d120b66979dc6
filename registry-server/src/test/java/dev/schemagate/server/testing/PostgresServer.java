package dev.schemagate.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server of this machine's own installation (Debian's {@code postgresql}
 * package), started for the test run in a temporary data folder on 127.0.0.1 and a free port, its
 * socket in that folder too, and stopped when the JVM ends. PostgreSQL refuses to run as root, so
 * when the tests run as root (as CI does) its programs run as the {@code postgres} user the package
 * creates, on a folder that user owns. One server serves the whole run; each test class gets a
 * database of its own.
 */
public final class PostgresServer {
  private static PostgresServer running;
  private static String unavailable;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path bin;
  private final Path folder;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresServer(Path bin, Path folder, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.folder = folder;
    this.data = folder.resolve("data");
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The server of this run, started on first use; empty, with {@link #whyUnavailable()}, when it cannot be. */
  public static synchronized Optional<PostgresServer> shared() {
    if (running == null && unavailable == null) {
      try {
        running = start();
        Runtime.getRuntime().addShutdownHook(new Thread(running::destroy, "postgres-stop"));
      } catch (IOException | RuntimeException e) {
        unavailable = e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unavailable = "interrupted while starting PostgreSQL";
      }
    }
    return Optional.ofNullable(running);
  }

  public static synchronized String whyUnavailable() {
    return unavailable;
  }

  private static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries().orElseThrow(() -> new IllegalStateException(
        "PostgreSQL is not installed: no initdb and postgres under `pg_config --bindir` or /usr/lib/postgresql/*/bin;"
            + " install Debian's postgresql package"));
    boolean root = "root".equals(System.getProperty("user.name"));
    Path folder = Files.createTempDirectory("schemagate-postgres");
    PostgresServer server = new PostgresServer(bin, folder, freePort(), root);
    if (root) {
      run(List.of("chown", "postgres:postgres", folder.toString()), 30);
    }
    server.postgres(120, "initdb", "-D", server.data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
        "--locale=C", "--no-sync");
    server.startAgain();
    return server;
  }

  /** Starts the server (again, after {@link #stop()}) and waits until it accepts connections. */
  public void startAgain() throws IOException, InterruptedException {
    // durability off: a test database is thrown away, and fsyncs would make every write slow
    postgres(60, "pg_ctl", "-D", data.toString(), "-l", folder.resolve("postgres.log").toString(), "-w", "-t", "50",
        "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            + " -c full_page_writes=off -c max_connections=300", "start");
  }

  /** Stops the server the way an operator's fast shutdown does: connections are cut, nothing waits. */
  public void stop() throws IOException, InterruptedException {
    postgres(60, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
  }

  private void destroy() {
    try {
      postgres(30, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    } catch (IOException | RuntimeException e) {
      // already stopped
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  public int port() {
    return port;
  }

  /** The URL of a database; the user is {@code postgres}, trusted from 127.0.0.1. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates a new empty database and answers its JDBC URL. */
  public String createDatabase() {
    String name = "test_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a database: " + e.getMessage(), e);
    }
    return url(name);
  }

  private void postgres(long timeoutSeconds, String program, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgresUser) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    run(command, timeoutSeconds);
  }

  private static void run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
          + new String(output, StandardCharsets.UTF_8).strip());
    }
  }

  /** Where initdb, pg_ctl and postgres are: {@code pg_config --bindir}, else the newest /usr/lib/postgresql/N/bin. */
  static Optional<Path> binaries() {
    List<Path> candidates = new ArrayList<>();
    try {
      Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
        candidates.add(Path.of(out));
      }
    } catch (IOException e) {
      // no pg_config: look in Debian's folders
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      versions.map(version -> version.resolve("bin"))
          .sorted(Comparator.comparing((Path p) -> versionNumber(p.getParent().getFileName().toString())).reversed())
          .forEach(candidates::add);
    } catch (IOException e) {
      // not installed there
    }
    return candidates.stream()
        .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres")))
        .findFirst();
  }

  private static int versionNumber(String name) {
    try {
      return Integer.parseInt(name.replaceAll("[^0-9].*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
