package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Users;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.ServerTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change is recorded with who, what, when and from where, and an admin reads it newest first. */
class AuditTrailTest extends ServerTest {
  @Override
  protected void configure(ServerConfig config) {
    var file = AuthFixtures.writeUsers(dataDir.resolve("users.json"), List.of(
        new TestUser("ci", "ci-pass", "writer", List.of("*"), List.of()),
        new TestUser("ops", "ops-pass", "admin", List.of("*"), List.of())));
    config.auth(new AuthConfig(Users.load(file), null, false));
  }

  @Test
  void registrations_config_mode_and_deletes_are_listed_newest_first_with_who_and_where() {
    HttpClientForTests ci = client.as(basic("ci", "ci-pass"));
    HttpClientForTests ops = client.as(basic("ops", "ops-pass"));
    Instant before = Instant.now().minusSeconds(1);
    ci.register("OrderPlaced", null, USER_V1);
    ci.register("OrderPlaced", null, USER_V2_WITHOUT_DEFAULT); // refused: not recorded
    ci.get("/subjects/OrderPlaced/versions");
    ops.put("/config/OrderPlaced", json("{\"compatibility\":\"NONE\"}"));
    ops.put("/mode", json("{\"mode\":\"READWRITE\"}"));
    ops.delete("/subjects/OrderPlaced/versions/1");

    JsonNode trail = ops.get("/audit").json();

    assertThat(trail.findValuesAsText("action")).containsExactly("DELETE_VERSION", "SET_MODE", "SET_CONFIG", "REGISTER");
    assertThat(trail.findValuesAsText("who")).containsExactly("ops", "ops", "ops", "ci");
    assertThat(trail.findValuesAsText("from")).containsOnly("127.0.0.1");
    assertThat(trail.get(0).get("subject").asText()).isEqualTo("OrderPlaced");
    assertThat(trail.get(1).get("subject").isNull()).isTrue();
    assertThat(Instant.parse(trail.get(3).get("time").asText())).isAfter(before);
    assertThat(trail.get(3).get("detail")).isEqualTo(json(
        "{\"request\":\"POST /subjects/OrderPlaced/versions\",\"answer\":{\"id\":1,\"version\":1,\"schemaType\":\"AVRO\"}}"));
    assertThat(trail.get(2).get("detail").get("body")).isEqualTo(json("{\"compatibility\":\"NONE\"}"));
  }

  @Test
  void the_trail_filters_by_subject_and_pages_with_before() {
    HttpClientForTests ops = client.as(basic("ops", "ops-pass"));
    ops.register("A", null, USER_V1);
    ops.register("B", null, USER_V1);
    ops.register("A", null, USER_V2_WITH_DEFAULT);

    JsonNode onlyA = ops.get("/audit?subject=A").json();
    JsonNode page = ops.get("/audit?limit=1&before=" + onlyA.get(0).get("id").asLong()).json();

    assertThat(onlyA.findValuesAsText("subject")).containsExactly("A", "A");
    assertThat(page.findValuesAsText("subject")).containsExactly("B");
  }

  @Test
  void a_registration_that_finds_its_schema_already_there_is_not_recorded() {
    HttpClientForTests ci = client.as(basic("ci", "ci-pass"));
    HttpClientForTests ops = client.as(basic("ops", "ops-pass"));
    int id = ci.register("OrderPlaced", null, USER_V1).json().get("id").asInt();
    // the first repeat takes the full path, the second is answered from memory: neither changes anything
    assertThat(ci.register("OrderPlaced", null, USER_V1).json().get("id").asInt()).isEqualTo(id);
    assertThat(ci.register("OrderPlaced", null, USER_V1).json().get("id").asInt()).isEqualTo(id);
    ci.register("Copy", null, USER_V1); // the same schema under another subject is a new version there
    ci.register("OrderPlaced", null, USER_V2_WITH_DEFAULT);

    JsonNode trail = ops.get("/audit").json();

    assertThat(trail.findValuesAsText("action")).containsExactly("REGISTER", "REGISTER", "REGISTER");
    assertThat(trail.findValuesAsText("subject")).containsExactly("OrderPlaced", "Copy", "OrderPlaced");
    assertThat(trail.get(2).get("detail").get("answer").get("version").asInt()).isEqualTo(1);
    assertThat(trail.get(0).get("detail").get("answer").get("version").asInt()).isEqualTo(2);
  }

  @Test
  void the_trail_survives_a_restart() {
    client.as(basic("ci", "ci-pass")).register("OrderPlaced", null, USER_V1);
    server.close();
    startAgain();

    assertThat(client.as(basic("ops", "ops-pass")).get("/audit").json().findValuesAsText("who")).containsExactly("ci");
  }

  private void startAgain() {
    var config = server.config();
    server = dev.schemagate.server.RegistryServer.create(c -> sameStore(c.host("127.0.0.1").port(0))
        .auth(config.auth())).start();
    client = new HttpClientForTests(server.url());
  }
}
