package dev.schemagate.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentRegistrationTest extends ServerTest {

  private static String version(int n) {
    return """
        {"type":"record","name":"Event","fields":[{"name":"id","type":"string"},\
        {"name":"f%d","type":"string","default":""}]}""".formatted(n);
  }

  @Test
  void concurrent_registrations_get_consecutive_versions_and_distinct_ids_that_survive_a_restart() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<JsonNode>> answers = new ArrayList<>();
    for (int n = 0; n < 80; n++) {
      int number = n;
      answers.add(pool.submit(() -> client.register("events-" + (number % 2), null, version(number)).json()));
    }
    List<Integer> ids = new ArrayList<>();
    for (Future<JsonNode> answer : answers) {
      ids.add(answer.get().get("id").asInt());
    }
    pool.shutdown();

    assertThat(ids).doesNotHaveDuplicates().hasSize(80);
    List<Integer> expected = IntStream.rangeClosed(1, 40).boxed().toList();
    for (String subject : List.of("events-0", "events-1")) {
      assertThat(versions(client, subject)).isEqualTo(expected);
    }
    server.close();
    server = RegistryServer.create(config -> sameStore(config.host("127.0.0.1").port(0))).start();
    HttpClientForTests again = new HttpClientForTests(server.url());
    assertThat(versions(again, "events-0")).isEqualTo(expected);
    assertThat(again.register("events-0", null, version(0)).json().get("version").asInt())
        .as("an existing schema answers its version").isIn(expected);
  }

  private static List<Integer> versions(HttpClientForTests client, String subject) {
    List<Integer> versions = new ArrayList<>();
    client.get("/subjects/" + subject + "/versions").json().forEach(v -> versions.add(v.asInt()));
    return versions;
  }
}
