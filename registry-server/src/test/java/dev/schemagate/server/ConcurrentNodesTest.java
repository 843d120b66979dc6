package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.TwoNodeTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL change the same subjects at the same moment: the database, not
 * either node's memory, decides which change comes first, and the second is checked against it.
 */
class ConcurrentNodesTest extends TwoNodeTest {
  private static final int ROUNDS = 12;
  private static final String V1 = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
  /** Each of these is backward compatible with V1, but neither with the other: "b" is an int in one, a string in the other. */
  private static final String WITH_INT = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
      + "{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}";
  private static final String WITH_STRING = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
      + "{\"name\":\"b\",\"type\":\"string\",\"default\":\"\"}]}";


  @Test
  void of_two_registrations_compatible_only_with_the_old_history_one_wins_and_the_other_gets_409() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String subject = "duel-" + round;
      assertThat(a.register(subject, null, V1).status()).isEqualTo(200);
      // both nodes know the history [1] before the race
      assertThat(a.get("/subjects/" + subject + "/versions").text()).isEqualTo("[1]");
      assertThat(b.get("/subjects/" + subject + "/versions").text()).isEqualTo("[1]");

      List<Answer> answers = race(() -> a.register(subject, null, WITH_INT), () -> b.register(subject, null, WITH_STRING));

      assertThat(answers).extracting(Answer::status).as("round %d: %s", round, answers).containsExactlyInAnyOrder(200, 409);
      assertThat(a.get("/subjects/" + subject + "/versions").text()).isEqualTo("[1,2]");
      assertThat(b.get("/subjects/" + subject + "/versions").text()).isEqualTo("[1,2]");
    }
  }

  @Test
  void the_same_schema_registered_on_both_nodes_at_once_gets_one_id() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String schema = "{\"type\":\"record\",\"name\":\"Same" + round + "\",\"fields\":[]}";
      String subject = "same-" + round;

      List<Answer> answers = race(() -> a.register(subject + "-a", null, schema), () -> b.register(subject + "-b", null, schema));
      List<Answer> sameSubject = race(() -> a.register(subject, null, schema), () -> b.register(subject, null, schema));

      assertThat(answers).extracting(Answer::status).containsExactly(200, 200);
      assertThat(sameSubject).extracting(Answer::status).containsExactly(200, 200);
      int id = answers.get(0).json().get("id").asInt();
      assertThat(List.of(answers.get(1), sameSubject.get(0), sameSubject.get(1)))
          .extracting(answer -> answer.json().get("id").asInt()).containsOnly(id);
      assertThat(a.get("/subjects/" + subject + "/versions").text()).isEqualTo("[1]");
    }
  }

  @Test
  void a_version_that_a_registration_on_the_other_node_references_is_never_deleted_under_it() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String target = "shared-" + round;
      a.register(target, null, "{\"type\":\"record\",\"name\":\"Shared" + round + "\",\"fields\":[]}");
      a.put("/config/" + target, HttpClientForTests.json("{\"compatibility\":\"NONE\"}"));
      ObjectNode user = HttpClientForTests.schemaBody(null,
          "{\"type\":\"record\",\"name\":\"User" + round + "\",\"fields\":[{\"name\":\"s\",\"type\":\"Shared" + round + "\"}]}");
      user.putArray("references").addObject().put("name", "Shared" + round).put("subject", target).put("version", 1);

      String userSubject = "user-" + round;
      List<Answer> answers = race(() -> a.post("/subjects/" + userSubject + "/versions", user),
          () -> b.delete("/subjects/" + target + "/versions/1"));

      Answer registered = answers.get(0);
      Answer deleted = answers.get(1);
      if (registered.status() == 200) {
        // the registration came first: the version it uses stays
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(422);
        assertThat(deleted.json().get("error_code").asInt()).isEqualTo(42206);
        assertThat(b.get("/subjects/" + target + "/versions/1").status()).isEqualTo(200);
      } else {
        // the deletion came first: the registration was refused, nothing references a deleted version
        assertThat(deleted.status()).as(deleted.text()).isEqualTo(200);
        assertThat(registered.status()).as(registered.text()).isEqualTo(422);
        assertThat(b.get("/subjects/" + userSubject + "/versions").status()).isEqualTo(404);
      }
    }
  }

  /** Runs both at the same moment, each on a thread of its own; answers in the order given. */
  private static List<Answer> race(Supplier<Answer> first, Supplier<Answer> second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Answer>> running = new ArrayList<>();
    for (Supplier<Answer> request : List.of(first, second)) {
      running.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return request.get();
      }, runnable -> new Thread(runnable).start()));
    }
    return List.of(running.get(0).get(), running.get(1).get());
  }
}
