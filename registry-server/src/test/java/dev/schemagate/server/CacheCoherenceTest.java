package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.TwoNodeTest;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL: what one node writes, the other answers within the stated bound of
 * one second, and what one node acknowledged the other never answers as not found.
 */
class CacheCoherenceTest extends TwoNodeTest {
  /** The README's bound: a write on one node is visible on every other within a second. */
  private static final long BOUND_MILLIS = 1_000;
  private static final String V1 = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
  private static final String V2 = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
      + "{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}";


  @Test
  void a_version_acknowledged_on_one_node_is_found_at_once_on_the_other() {
    assertThat(a.register("orders", null, V1).status()).isEqualTo(200);
    // node b keeps the subject's history in memory
    assertThat(b.get("/subjects/orders/versions").text()).isEqualTo("[1]");
    assertThat(b.get("/subjects/nothing-yet/versions/latest").status()).isEqualTo(404);

    int id = a.register("orders", null, V2).json().get("id").asInt();
    JsonNode fresh = a.register("nothing-yet", null, V1).json();

    // no waiting: a miss in memory is read from the database before it is answered as not found
    assertThat(b.get("/subjects/orders/versions/2").json().get("id").asInt()).isEqualTo(id);
    assertThat(b.get("/schemas/ids/" + id).status()).isEqualTo(200);
    assertThat(b.get("/subjects/nothing-yet/versions/latest").json().get("id").asInt()).isEqualTo(fresh.get("id").asInt());
  }

  @Test
  void a_new_latest_version_a_configuration_and_a_mode_reach_the_other_node_within_a_second() {
    a.register("orders", null, V1);
    assertThat(b.get("/subjects/orders/versions/latest").json().get("version").asInt()).isEqualTo(1);
    assertThat(b.get("/config/orders?defaultToGlobal=true").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");

    a.register("orders", null, V2);
    assertWithinBound(() -> b.get("/subjects/orders/versions/latest"), answer -> answer.json().get("version").asInt() == 2);

    a.put("/config/orders", HttpClientForTests.json("{\"compatibility\":\"FULL\"}"));
    assertWithinBound(() -> b.get("/config/orders?defaultToGlobal=true"),
        answer -> answer.json().get("compatibilityLevel").asText().equals("FULL"));

    a.put("/mode/orders", HttpClientForTests.json("{\"mode\":\"READONLY\"}"));
    // a registration checks the mode in the database, not only in memory
    Answer refused = b.register("orders", null, V1.replace("\"E\"", "\"F\""));
    assertThat(refused.status()).as(refused.text()).isEqualTo(422);
    assertThat(refused.json().get("error_code").asInt()).isEqualTo(42205);
  }

  @Test
  void a_deletion_on_one_node_reaches_the_other_within_a_second() {
    a.register("orders", null, V1);
    a.register("orders", null, V2);
    assertThat(b.get("/subjects/orders/versions").text()).isEqualTo("[1,2]");

    assertThat(a.delete("/subjects/orders/versions/2").text()).isEqualTo("2");

    assertWithinBound(() -> b.get("/subjects/orders/versions"), answer -> answer.text().equals("[1]"));
    assertThat(b.get("/subjects/orders/versions/2").status()).isEqualTo(404);
    assertThat(b.get("/subjects/orders/versions/2?deleted=true").status()).isEqualTo(200);
  }

  /** Polls until {@code done}, and asserts that it took no longer than the bound. */
  private static void assertWithinBound(Supplier<Answer> read, Predicate<Answer> done) {
    long start = System.nanoTime();
    Answer last = read.get();
    while (!done.test(last) && System.nanoTime() - start < 5 * BOUND_MILLIS * 1_000_000) {
      last = read.get();
    }
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(done.test(last)).as("still %s after %d ms", last.text(), tookMillis).isTrue();
    assertThat(tookMillis).as("milliseconds until the other node answered it").isLessThan(BOUND_MILLIS);
  }
}
