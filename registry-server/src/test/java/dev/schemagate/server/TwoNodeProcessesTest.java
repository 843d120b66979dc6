package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two server processes on one PostgreSQL, writers on both registering on the same subjects at
 * once, and one process killed with SIGKILL in the middle: no id or version is handed out twice,
 * and every registration either node acknowledged is there, the same on both nodes.
 */
@ExtendWith(PostgresExtension.class)
class TwoNodeProcessesTest {
  private static final Pattern PORT = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+) ");
  private static final int WRITERS_PER_NODE = 3;
  private static final int SUBJECTS = 3;

  /** One acknowledged registration. */
  private record Ack(int node, String subject, String schema, int id, int version) {}

  /** A server process and its client. */
  private record Node(Process process, HttpClientForTests client) {
    static Node start(String databaseUrl) throws Exception {
      Process process = MainTest.launch(Map.of("SCHEMAGATE_DB", databaseUrl, "SCHEMAGATE_DB_USER", PostgresDatabase.USER,
          "SCHEMAGATE_DB_POOL_SIZE", "6"), "--host", "127.0.0.1", "--port", "0");
      BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = output.readLine();
      Matcher port = PORT.matcher(String.valueOf(line));
      assertThat(port.find()).as("the ready line: %s", line).isTrue();
      Thread drain = new Thread(() -> {
        try {
          output.lines().forEach(ignored -> {});
        } catch (java.io.UncheckedIOException closed) {
          // the process was stopped
        }
      });
      drain.setDaemon(true);
      drain.start();
      return new Node(process, new HttpClientForTests("http://127.0.0.1:" + port.group(1)));
    }

    void stop() throws InterruptedException {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void writers_on_two_nodes_get_unique_ids_and_versions_and_nothing_acknowledged_is_lost_when_a_node_is_killed(
      PostgresDatabase database) throws Exception {
    database.empty();
    Node a = Node.start(database.url());
    Node b = Node.start(database.url());
    Node restarted = null;
    try {
      a.client().put("/config", HttpClientForTests.json("{\"compatibility\":\"NONE\"}"));
      ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicBoolean killed = new AtomicBoolean();
      AtomicInteger afterKill = new AtomicInteger();
      ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE);
      List<Future<?>> work = new ArrayList<>();
      for (int writer = 0; writer < 2 * WRITERS_PER_NODE; writer++) {
        int node = writer % 2;
        int id = writer;
        HttpClientForTests client = (node == 0 ? a : b).client();
        work.add(writers.submit(() -> {
          for (int i = 0; running.get(); i++) {
            // every third registration is content other writers register too, on both nodes
            boolean shared = i % 3 == 0;
            String subject = shared ? "shared-" + (i / 3 % 2) : "race-" + ((i + id) % SUBJECTS);
            String schema = shared
                ? "{\"type\":\"record\",\"name\":\"Shared" + (i / 3 % 7) + "\",\"fields\":[]}"
                : "{\"type\":\"record\",\"name\":\"W" + id + "N" + i + "\",\"fields\":[]}";
            Answer answer;
            try {
              answer = client.register(subject, null, schema);
            } catch (RuntimeException connectionLost) {
              continue; // the killed node: no answer, so nothing acknowledged
            }
            if (answer.status() == 200) {
              acks.add(new Ack(node, subject, schema, answer.json().get("id").asInt(), versionOf(client, subject, schema)));
              // (0: the node died before saying which version; the check below looks the schema up instead)
              if (killed.get() && node == 0) {
                afterKill.incrementAndGet();
              }
            } else {
              assertThat(answer.status()).as(answer.text()).isEqualTo(503);
            }
          }
          return null;
        }));
      }
      // counts, not fixed sleeps: a loaded machine answers slower, and the test must still prove it all
      awaitAtLeast(() -> acks.size(), 60, "registrations acknowledged before node b is killed");
      b.process().destroyForcibly(); // SIGKILL: no graceful stop, connections cut mid-request
      killed.set(true);
      awaitAtLeast(afterKill::get, 10, "registrations node a acknowledged after node b was killed");
      running.set(false);
      for (Future<?> writer : work) {
        writer.get(60, TimeUnit.SECONDS);
      }
      writers.shutdown();
      assertThat(afterKill.get()).as("registrations node a acknowledged after node b was killed").isPositive();

      restarted = Node.start(database.url());
      assertUniqueAndEverywhere(new ArrayList<>(acks), List.of(a.client(), restarted.client()));
    } finally {
      a.stop();
      b.stop();
      if (restarted != null) {
        restarted.stop();
      }
    }
  }

  /** Waits (up to two minutes) until {@code count} reaches {@code least}. */
  private static void awaitAtLeast(java.util.function.IntSupplier count, int least, String what) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (count.getAsInt() < least && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(count.getAsInt()).as(what).isGreaterThanOrEqualTo(least);
  }

  /** The version under which the subject holds this schema, as the node that registered it says. */
  private static int versionOf(HttpClientForTests client, String subject, String schema) {
    try {
      return client.post("/subjects/" + subject, HttpClientForTests.schemaBody(null, schema)).json().get("version").asInt();
    } catch (RuntimeException connectionLost) {
      return 0;
    }
  }

  private static void assertUniqueAndEverywhere(List<Ack> acks, List<HttpClientForTests> nodes) {
    assertThat(acks).hasSizeGreaterThan(50);
    Map<String, Integer> idOfSchema = new HashMap<>();
    Map<Integer, String> schemaOfId = new HashMap<>();
    Map<String, String> schemaOfVersion = new HashMap<>();
    for (Ack ack : acks) {
      if (ack.version() == 0) {
        for (HttpClientForTests node : nodes) {
          Answer found = node.post("/subjects/" + ack.subject(), HttpClientForTests.schemaBody(null, ack.schema()));
          assertThat(found.status()).as(found.text()).isEqualTo(200);
          assertThat(found.json().get("id").asInt()).isEqualTo(ack.id());
        }
        continue;
      }
      assertThat(idOfSchema.computeIfAbsent(ack.schema(), key -> ack.id())).as("the id of %s", ack.schema()).isEqualTo(ack.id());
      assertThat(schemaOfId.computeIfAbsent(ack.id(), key -> ack.schema())).as("the schema of id %d", ack.id())
          .isEqualTo(ack.schema());
      assertThat(schemaOfVersion.computeIfAbsent(ack.subject() + "/" + ack.version(), key -> ack.schema()))
          .as("the schema of %s version %d", ack.subject(), ack.version()).isEqualTo(ack.schema());
    }
    Set<String> checked = new HashSet<>();
    for (Ack ack : acks) {
      if (ack.version() == 0 || !checked.add(ack.subject() + "/" + ack.version())) {
        continue;
      }
      for (HttpClientForTests node : nodes) {
        Answer version = node.get("/subjects/" + ack.subject() + "/versions/" + ack.version());
        assertThat(version.status()).as(version.text()).isEqualTo(200);
        assertThat(version.json().get("id").asInt()).isEqualTo(ack.id());
        assertThat(version.json().get("schema").asText()).isEqualTo(ack.schema());
      }
    }
    for (HttpClientForTests node : nodes) {
      for (int subject = 0; subject < SUBJECTS; subject++) {
        String versions = node.get("/subjects/race-" + subject + "/versions").text();
        int count = versions.equals("[]") ? 0 : versions.split(",").length;
        // versions are 1..n without gaps: none was written twice or skipped
        StringBuilder expected = new StringBuilder("[");
        for (int v = 1; v <= count; v++) {
          expected.append(v == 1 ? "" : ",").append(v);
        }
        assertThat(versions).isEqualTo(expected.append("]").toString());
      }
    }
  }
}
