package dev.schemagate.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.store.JdbiSchemaStore;
import dev.schemagate.server.store.StoredSchema;
import dev.schemagate.server.store.SubjectVersion;
import dev.schemagate.server.testing.RawHttp;
import dev.schemagate.server.testing.ServerTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drives the real server over HTTP with 10,000 hostile requests made from a fixed seed (set
 * another with -Dfuzz.seed=N), from four threads: no answer is a 5xx, every error is in Confluent's
 * shape, none takes longer than a bound, and every version stored before is byte for byte the same
 * afterwards (read back from the store itself, not through the API).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileRequestFuzzTest extends ServerTest {
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
  private static final int THREADS = 4;
  /** The request deadline; a registration's fsync on a busy shared disk can take seconds. */
  private static final int ANSWER_BOUND_MILLIS = 10_000;
  /** Fields an error body may carry besides Confluent's two. */
  private static final Set<String> DETAIL_FIELDS = Set.of("incompatibilities", "problems");

  @Override
  protected void configure(ServerConfig config) {
    config.maxRequestBytes(256 * 1024);
  }

  private record Outcome(HostileRequests.Request request, RawHttp.Answer answer, long millis) {}

  @Test
  void ten_thousand_hostile_requests_get_no_5xx_only_confluent_errors_and_change_nothing_stored() throws Exception {
    client.register("kept-avro", null, "{\"type\":\"record\",\"name\":\"Kept\",\"doc\":\"\u00e4\uD83D\uDE00\",\"fields\":[]}");
    client.register("kept-avro", null,
        "{\"type\":\"record\",\"name\":\"Kept\",\"fields\":[{\"name\":\"a\",\"type\":\"int\",\"default\":0}]}");
    client.register("kept-json", "JSON", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");
    client.register("kept-proto", "PROTOBUF", "syntax = \"proto3\";\nmessage Kept { string a = 1; }\n");
    Map<String, List<String>> before = stored();
    long seed = Long.getLong("fuzz.seed", 20261203L);

    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> runs = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      HostileRequests requests = new HostileRequests(seed + t);
      runs.add(threads.submit(() -> {
        for (int i = 0; i < REQUESTS / THREADS; i++) {
          HostileRequests.Request request = requests.next();
          long start = System.nanoTime();
          RawHttp.Answer answer = RawHttp.send(server.port(), request.bytes(), request.halfClose(), ANSWER_BOUND_MILLIS);
          outcomes.add(new Outcome(request, answer, (System.nanoTime() - start) / 1_000_000));
        }
      }));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    threads.shutdown();

    assertThat(outcomes).hasSize(REQUESTS);
    Map<String, long[]> byKind = new java.util.TreeMap<>();
    outcomes.forEach(o -> {
      long[] sum = byKind.computeIfAbsent(o.request().kind(), k -> new long[3]);
      sum[0]++;
      sum[1] += o.millis();
      sum[2] = Math.max(sum[2], o.millis());
    });
    Outcome slowest = outcomes.stream().max(java.util.Comparator.comparingLong(Outcome::millis)).orElseThrow();
    System.out.printf("fuzz slowest: %d ms, %s: %s%n", slowest.millis(), slowest.request().kind(), new String(
        slowest.request().bytes(), 0, Math.min(200, slowest.request().bytes().length), java.nio.charset.StandardCharsets.ISO_8859_1));
    byKind.forEach((kind, sum) -> System.out.printf("fuzz %-18s %5d requests, %6.1f ms on average, %5d ms at most%n",
        kind, sum[0], (double) sum[1] / sum[0], sum[2]));
    List<String> problems = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    for (Outcome outcome : outcomes) {
      RawHttp.Answer answer = outcome.answer();
      statuses.merge(answer.status(), 1, Integer::sum);
      String problem = problem(outcome);
      if (problem != null && problems.size() < 20) {
        problems.add(problem + " [" + outcome.request().kind() + "] "
            + new String(outcome.request().bytes(), 0, Math.min(300, outcome.request().bytes().length),
                java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e\\n]", "?") + "\n  -> "
            + answer.headers() + "\n" + answer.body().substring(0, Math.min(500, answer.body().length())));
      }
    }
    System.out.println("fuzz statuses (status=count): " + statuses);
    assertThat(problems).as("statuses " + statuses).isEmpty();
    assertThat(statuses.keySet()).as("statuses " + statuses).allMatch(status -> status < 500);
    server.close();
    assertThat(stored()).as("every version stored before the barrage").containsAllEntriesOf(before);
  }

  /** What is wrong with an outcome, or null. */
  private static String problem(Outcome outcome) {
    RawHttp.Answer answer = outcome.answer();
    if (outcome.millis() > ANSWER_BOUND_MILLIS) {
      return "answered after " + outcome.millis() + " ms";
    }
    if (answer.status() == 0) {
      // a connection closed without an answer is only fair for bytes that are no HTTP request
      return outcome.request().halfClose() ? null : "no answer";
    }
    if (answer.status() >= 500) {
      return "status " + answer.status();
    }
    boolean head = new String(outcome.request().bytes(), 0, Math.min(5, outcome.request().bytes().length),
        java.nio.charset.StandardCharsets.ISO_8859_1).equals("HEAD ");
    if (answer.status() >= 400 && !head && !isConfluentError(answer.json())) { // an answer to HEAD has no body
      return "error not in Confluent's shape";
    }
    return null;
  }

  private static boolean isConfluentError(JsonNode json) {
    if (json == null || !json.isObject() || !json.path("error_code").isInt() || !json.path("message").isTextual()
        || json.path("message").asText().isBlank()) {
      return false;
    }
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    names.removeAll(List.of("error_code", "message"));
    return DETAIL_FIELDS.containsAll(names);
  }

  /** Every version of the kept subjects as the database holds it: id, deleted flag, type and exact text. */
  private Map<String, List<String>> stored() {
    Map<String, List<String>> versions = new LinkedHashMap<>();
    try (JdbiSchemaStore store = openServerStore()) {
      for (String subject : List.of("kept-avro", "kept-json", "kept-proto")) {
        for (SubjectVersion version : store.history(subject)) {
          StoredSchema schema = store.schema(version.schemaId()).orElseThrow();
          versions.put(subject + "/" + version.version(), List.of(Integer.toString(version.schemaId()),
              Boolean.toString(version.deleted()), schema.type().name(), schema.text()));
        }
      }
    }
    return versions;
  }
}
