package dev.schemagate.server;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the server as a process of its own, registers from several threads, kills the process with
 * SIGKILL mid-flight and starts it again on the same database file, several times: every
 * registration that was answered is there afterwards with the same id, version and text, no id
 * names two schemas, and every subject's versions run 1, 2, 3... without a gap.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS) // a safety net: four server starts take long on a loaded machine
class CrashRecoveryTest {
  private static final int CYCLES = 4;
  private static final int THREADS = 4;
  private static final List<String> SUBJECTS = List.of("orders", "payments", "users");

  @TempDir Path dir;

  private record Acknowledged(String subject, int id, int version, String schema) {}

  @Test
  void answered_registrations_survive_kill_9_with_their_ids_and_contiguous_versions() throws Exception {
    Path database = dir.resolve("registry.db");
    ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      int port = freePort();
      Process server = start(database, port, cycle);
      HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + port);
      if (cycle == 0) {
        SUBJECTS.forEach(subject -> client.put("/config/" + subject, json("{\"compatibility\":\"NONE\"}")));
      }
      AtomicBoolean killed = new AtomicBoolean();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        int round = cycle;
        threads.submit(() -> register(client, round, thread, killed, acknowledged));
      }
      // kill mid-flight, but only once this cycle has answered some registrations: on a loaded machine a
      // fixed sleep can end before the first answer, and then the test proves nothing
      int before = acknowledged.size();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (acknowledged.size() < before + THREADS + 1 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      Thread.sleep(100L * cycle);
      killed.set(true);
      server.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
      threads.shutdown();
      assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    int port = freePort();
    Process server = start(database, port, CYCLES);
    try {
      HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + port);
      System.out.println("crash test: " + acknowledged.size() + " answered registrations over " + CYCLES + " kills");
      assertThat(acknowledged).hasSizeGreaterThan(CYCLES * THREADS);
      Map<Integer, String> textById = new HashMap<>();
      for (Acknowledged ack : acknowledged) {
        Answer version = client.get("/subjects/" + ack.subject() + "/versions/" + ack.version());
        assertThat(version.status()).as(ack.toString()).isEqualTo(200);
        assertThat(version.json().get("id").asInt()).as(ack.toString()).isEqualTo(ack.id());
        assertThat(version.json().get("schema").asText()).as(ack.toString()).isEqualTo(ack.schema());
        assertThat(textById.put(ack.id(), ack.schema())).as("id " + ack.id() + " names one schema").isIn(null, ack.schema());
      }
      for (String subject : SUBJECTS) {
        List<Integer> versions = new ArrayList<>();
        client.get("/subjects/" + subject + "/versions").json().forEach(v -> versions.add(v.asInt()));
        assertThat(versions).as(subject).isEqualTo(IntStream.rangeClosed(1, versions.size()).boxed().toList());
      }
      List<Integer> ids = new ArrayList<>();
      for (String subject : SUBJECTS) {
        client.get("/subjects/" + subject + "/versions").json().forEach(v ->
            ids.add(client.get("/subjects/" + subject + "/versions/" + v.asInt()).json().get("id").asInt()));
      }
      assertThat(ids).as("every version is a schema of its own").doesNotHaveDuplicates();
    } finally {
      server.destroyForcibly();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void register(HttpClientForTests client, int cycle, int thread, AtomicBoolean killed,
      ConcurrentLinkedQueue<Acknowledged> acknowledged) {
    for (int n = 0; !killed.get(); n++) {
      String subject = SUBJECTS.get((thread + n) % SUBJECTS.size());
      String schema = "{\"type\":\"record\",\"name\":\"Event\",\"fields\":[{\"name\":\"f" + cycle + "_" + thread + "_" + n
          + "\",\"type\":\"string\",\"default\":\"\"}]}";
      try {
        Answer answer = client.register(subject, null, schema);
        if (answer.status() == 200) {
          acknowledged.add(new Acknowledged(subject, answer.json().get("id").asInt(), answer.json().get("version").asInt(),
              schema));
        }
      } catch (RuntimeException connectionLost) {
        return; // the server was killed under this request: it was not answered, so it promises nothing
      }
    }
  }

  private Process start(Path database, int port, int cycle) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "dev.schemagate.server.Main", "--host", "127.0.0.1", "--port", Integer.toString(port), "--db", database.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("server-" + cycle + ".log").toFile())
        .start();
    HttpClientForTests client = new HttpClientForTests("http://127.0.0.1:" + port);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < until) {
      try {
        if (client.get("/").status() == 200) {
          return process;
        }
      } catch (RuntimeException notYet) {
        Thread.sleep(100);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the server did not start: " + Files.readString(dir.resolve("server-" + cycle + ".log")));
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server did not answer within 60 s");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
