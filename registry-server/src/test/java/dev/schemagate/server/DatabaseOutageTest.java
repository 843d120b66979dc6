package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.CapturedLog;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.PostgresDatabase;
import dev.schemagate.server.testing.PostgresExtension;
import dev.schemagate.server.testing.PostgresNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PostgreSQL stops under load and comes back: the nodes answer 503 meanwhile, never 500 or a hang, and recover by themselves. */
@ExtendWith(PostgresExtension.class)
class DatabaseOutageTest {
  /** The longest any request may take while the database is away: the pool's 3 s wait and some slack. */
  private static final long LONGEST_MILLIS = 5_000;

  private record Outcome(long atNanos, int status, long millis, String text) {}

  @Test
  void requests_get_503_while_postgresql_is_stopped_and_succeed_again_once_it_is_back(PostgresDatabase database)
      throws Exception {
    database.empty();
    try (PostgresNodes nodes = new PostgresNodes(database.url(), 2); CapturedLog log = new CapturedLog()) {
      for (int node = 0; node < 2; node++) {
        assertThat(nodes.client(node).register("before-" + node, null, "\"string\"").status()).isEqualTo(200);
      }
      ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger counter = new AtomicInteger();
      ExecutorService load = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      for (int worker = 0; worker < 4; worker++) {
        HttpClientForTests client = nodes.client(worker % 2);
        boolean writes = worker < 2;
        workers.add(load.submit(() -> {
          while (running.get()) {
            int n = counter.incrementAndGet();
            long start = System.nanoTime();
            Answer answer = writes
                ? client.register("load-" + (n % 5), null, "{\"type\":\"enum\",\"name\":\"E" + n + "\",\"symbols\":[\"A\"]}")
                : client.get("/subjects/before-" + (n % 2) + "/versions/latest");
            outcomes.add(new Outcome(start, answer.status(), (System.nanoTime() - start) / 1_000_000, answer.text()));
          }
          return null;
        }));
      }
      Thread.sleep(1_000);
      long stopped = System.nanoTime();
      database.server().stop();
      Thread.sleep(2_000);
      Answer notReady = nodes.client(0).get("/ready");
      assertThat(notReady.status()).as(notReady.text()).isEqualTo(503);
      assertThat(notReady.json().get("error_code").asInt()).isEqualTo(50001);
      Answer probe = nodes.client(1).get("/health/ready");
      assertThat(probe.status()).as(probe.text()).isEqualTo(503);
      assertThat(probe.json()).isEqualTo(HttpClientForTests.json("{\"error_code\":50001,\"message\":"
          + "\"This node cannot reach its database; requests that need it get 503 until it is back.\"}"));
      assertThat(nodes.client(1).get("/health/live").status()).isEqualTo(200);
      Thread.sleep(2_000);
      long restarted = System.nanoTime();
      database.server().startAgain();
      Thread.sleep(6_000);
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(30, TimeUnit.SECONDS);
      }
      load.shutdown();

      Map<Integer, Integer> statuses = new TreeMap<>();
      outcomes.forEach(outcome -> statuses.merge(outcome.status(), 1, Integer::sum));
      assertThat(statuses.keySet()).as("statuses seen: %s", statuses).isSubsetOf(200, 409, 503).contains(200, 503);
      for (Outcome outcome : outcomes) {
        assertThat(outcome.millis()).as("a request took %d ms: %s", outcome.millis(), outcome.text()).isLessThan(LONGEST_MILLIS);
        if (outcome.status() == 503) {
          assertThat(HttpClientForTests.json(outcome.text()).get("error_code").asInt()).isEqualTo(50001);
          assertThat(outcome.atNanos() + outcome.millis() * 1_000_000).as("a 503 before the outage").isGreaterThan(stopped);
        }
      }
      // a few seconds after the database is back, both nodes write and read again, never restarted
      for (int node = 0; node < 2; node++) {
        HttpClientForTests client = nodes.client(node);
        assertThat(client.get("/ready").text()).isEqualTo("{\"ready\":true}");
        assertThat(client.get("/health/ready").text()).isEqualTo("{\"ready\":true}");
        assertThat(client.register("after-" + node, null, "\"int\"").status()).isEqualTo(200);
        assertThat(client.get("/subjects/after-" + (1 - node) + "/versions/latest").status()).isIn(200, 404);
        assertThat(client.get("/subjects/before-" + node + "/versions/latest").status()).isEqualTo(200);
      }
      long lateFailures = outcomes.stream()
          .filter(outcome -> outcome.atNanos() > restarted + 3_000_000_000L && outcome.status() == 503).count();
      assertThat(lateFailures).as("503s more than 3 s after the database was back").isZero();

      // a plain line per node as the database goes and one as it comes back, not a line (or a stack trace) per
      // request or connection; a node may see the restarted database blink once more within its first seconds
      String named = java.util.regex.Pattern.quote("PostgreSQL, database: " + database.url().substring("jdbc:postgresql://".length()));
      List<String> lines = log.lines();
      List<String> lost = lines.stream().filter(line -> line.contains("Database lost")).toList();
      List<String> back = lines.stream().filter(line -> line.contains("Database back")).toList();
      assertThat(lost).hasSizeBetween(2, 4).hasSameSizeAs(back)
          .allMatch(line -> line.matches(".* WARN Availability - Database lost: " + named
              + " \\(.+\\); requests answer 503 until it is back\\."), "a plain line naming the database");
      assertThat(back).allMatch(line -> line.matches(".* INFO Availability - Database back: " + named
          + ", after \\d+\\.\\d s\\."), "a plain line naming the database");
      assertThat(statuses.get(503)).as("503s answered").isGreaterThan(lost.size());
      assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"))
          .noneMatch(line -> line.contains("store unavailable on") || line.contains("marked as broken"));
    }
  }
}
