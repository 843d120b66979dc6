package dev.schemagate.server.auth;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.ServerTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /subjects} for a caller who may read some subjects: offset and limit count only those. */
class SubjectListingAuthTest extends ServerTest {
  private HttpClientForTests reader;
  private HttpClientForTests root;

  @Override
  protected void configure(ServerConfig config) {
    var file = AuthFixtures.writeUsers(dataDir.resolve("users.json"), List.of(
        new TestUser("rita", "rita-pass-1", "reader", List.of("orders.*"), List.of()),
        new TestUser("root", "root-pass-4", "admin", List.of("*"), List.of())));
    config.auth(new AuthConfig(Users.load(file), null, false));
  }

  @BeforeEach
  void registerReadableSubjectsBetweenHiddenOnes() {
    reader = client.as(basic("rita", "rita-pass-1"));
    root = client.as(basic("root", "root-pass-4"));
    for (String subject : List.of("apples.A", "apples.B", "orders.A", "orders.B", "orders.C", "ordersX.A", "zebras.A")) {
      root.register(subject, null, USER_V1);
    }
    root.delete("/subjects/apples.A");
    root.delete("/subjects/orders.B");
  }

  @Test
  void the_caller_sees_only_its_subjects_in_the_same_bytes() {
    assertThat(reader.get("/subjects").text()).isEqualTo("[\"orders.A\",\"orders.C\"]");
    assertThat(root.get("/subjects").json()).isEqualTo(json("[\"apples.B\",\"orders.A\",\"orders.C\",\"ordersX.A\",\"zebras.A\"]"));
  }

  @Test
  void offset_and_limit_count_only_the_subjects_the_caller_may_read() {
    assertThat(reader.get("/subjects?offset=1").json()).isEqualTo(json("[\"orders.C\"]"));
    assertThat(reader.get("/subjects?limit=1").json()).isEqualTo(json("[\"orders.A\"]"));
    assertThat(reader.get("/subjects?offset=1&limit=1").json()).isEqualTo(json("[\"orders.C\"]"));
    assertThat(reader.get("/subjects?offset=2").json()).isEqualTo(json("[]"));
    assertThat(reader.get("/subjects?limit=0").json()).isEqualTo(json("[\"orders.A\",\"orders.C\"]"));
  }

  @Test
  void deleted_subjects_the_caller_may_not_read_stay_hidden() {
    assertThat(reader.get("/subjects?deleted=true").json()).isEqualTo(json("[\"orders.A\",\"orders.B\",\"orders.C\"]"));
    assertThat(reader.get("/subjects?deleted=true&offset=1&limit=1").json()).isEqualTo(json("[\"orders.B\"]"));
    assertThat(reader.get("/subjects?deletedOnly=true").json()).isEqualTo(json("[\"orders.B\"]"));
    assertThat(reader.get("/subjects?deletedOnly=true&offset=1").json()).isEqualTo(json("[]"));
    assertThat(root.get("/subjects?deletedOnly=true").json()).isEqualTo(json("[\"apples.A\",\"orders.B\"]"));
  }

  @Test
  void a_prefix_narrows_the_readable_subjects_before_the_page() {
    assertThat(reader.get("/subjects?subjectPrefix=orders&offset=1&limit=5").json()).isEqualTo(json("[\"orders.C\"]"));
    assertThat(reader.get("/subjects?subjectPrefix=zebras").json()).isEqualTo(json("[]"));
  }
}
