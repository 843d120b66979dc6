package dev.schemagate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.RegistryReads;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --from-registry}: two real server processes, the source seeded through the REST API;
 * afterwards every read endpoint of the target answers as the source's does (every id and version
 * the same), a second run copies nothing, and what cannot be copied is named with the reason.
 */
class RegistryMigrationTest {
  private static final String PASSWORD = "ops-Pa55word-y2";

  @TempDir Path dir;

  @Test
  void every_id_version_config_and_mode_arrives_unchanged_and_a_second_run_copies_nothing() throws Exception {
    Path users = AuthFixtures.writeUsers(dir.resolve("users.json"),
        List.of(new TestUser("ops", PASSWORD, "admin", List.of("*"), List.of())));
    RSAKey key = AuthFixtures.rsaKey("k1");
    Path jwks = AuthFixtures.writeJwks(dir.resolve("jwks.json"), key);
    String token = AuthFixtures.token(key, Map.of("role", "admin"));
    try (ServerProcess from = ServerProcess.start(Map.of(), "--db", dir.resolve("source.db").toString(),
            "--users", users.toString());
        ServerProcess to = ServerProcess.start(Map.of(), "--db", dir.resolve("target.db").toString(),
            "--jwks", jwks.toString(), "--jwt-issuer", AuthFixtures.ISSUER, "--jwt-audience", AuthFixtures.AUDIENCE)) {
      String fromUrl = from.url();
      String toUrl = to.url();
      HttpClientForTests source = new HttpClientForTests(fromUrl).as(HttpClientForTests.basic("ops", PASSWORD));
      HttpClientForTests target = new HttpClientForTests(toUrl).as("Bearer " + token);
      seed(source);
      Map<String, String> logins = Map.of("SCHEMAGATE_FROM_PASSWORD", PASSWORD, "SCHEMAGATE_TO_TOKEN", token);

      MainTest.Run first = MainTest.run(logins, "import", "--from-registry", fromUrl, "--from-user", "ops", "--to", toUrl);
      assertThat(first.exitCode()).as(first.output()).isZero();
      assertThat(first.output()).contains("copied subject \"imported-value\" version 4 with id 1001\n",
          "soft-deleted subject \"orders-value\" version 3, as in the source\n",
          "copied the mode of subject \"proto-value\" (READONLY)\n", "copied the global configuration\n");
      assertThat(first.output().indexOf("copied subject \"payments-value\" version 1 with id "))
          .as("a referenced version is copied before the version that uses it")
          .isLessThan(first.output().indexOf("copied subject \"pay-value\" version 1 with id "));
      assertThat(lastLine(first)).isEqualTo("Copied 11 subject versions, soft-deleted 2 of them as in the source, and copied"
          + " 4 configurations and modes from " + fromUrl + " to " + toUrl + ".");
      assertThat(first.output()).doesNotContain(PASSWORD).doesNotContain(token);
      assertThat(RegistryReads.everyRead(target)).containsExactlyEntriesOf(RegistryReads.everyRead(source));

      MainTest.Run second = MainTest.run(logins, "import", "--from-registry", fromUrl, "--from-user", "ops", "--to", toUrl);
      assertThat(second.exitCode()).as(second.output()).isZero();
      assertThat(second.output().strip()).isEqualTo("Nothing to copy: " + toUrl + " already holds every subject version,"
          + " configuration and mode of " + fromUrl + ".");
      assertThat(RegistryReads.everyRead(target)).containsExactlyEntriesOf(RegistryReads.everyRead(source));
    }
  }

  @Test
  void an_id_the_target_gave_to_other_content_is_named_with_the_reason_and_the_rest_is_copied() throws Exception {
    try (ServerProcess from = ServerProcess.start(Map.of(), "--db", dir.resolve("source.db").toString());
        ServerProcess to = ServerProcess.start(Map.of(), "--db", dir.resolve("target.db").toString())) {
      String fromUrl = from.url();
      String toUrl = to.url();
      HttpClientForTests source = new HttpClientForTests(fromUrl);
      HttpClientForTests target = new HttpClientForTests(toUrl);
      seed(source);
      ok(target.put("/mode/taken-value", HttpClientForTests.json("{\"mode\":\"IMPORT\"}")));
      ok(target.post("/subjects/taken-value/versions", HttpClientForTests.json("{\"schema\":\"\\\"boolean\\\"\",\"id\":1}")));

      MainTest.Run run = MainTest.run(Map.of(), "import", "--from-registry", fromUrl, "--to", toUrl);
      assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
      assertThat(run.output()).contains("not copied: subject \"orders-value\" version 1 (id 1): Could not register subject"
          + " \"orders-value\" version 1 with id 1: the registry at " + toUrl + "/subjects/orders-value/versions answered"
          + " HTTP 422, error code 42205: Id 1 already holds another schema; an id names one schema forever, so import this"
          + " one with another id.\n");
      assertThat(lastLine(run)).isEqualTo("2 things were not copied; fix what the lines above say and run the same command"
          + " again: it copies only what is missing.");
      assertThat(target.get("/subjects/orders-value/versions/2").json().get("id").asInt()).isEqualTo(2);
      assertThat(target.get("/subjects/imported-value/versions/4").json().get("id").asInt()).isEqualTo(1001);
    }
  }

  @Test
  void a_login_without_its_password_is_a_usage_error() {
    MainTest.Run run = MainTest.run(Map.of(), "import", "--from-registry", "http://127.0.0.1:1", "--from-user", "ops",
        "--to", "http://127.0.0.1:2");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.output()).contains("error: --from-user needs a password: set SCHEMAGATE_FROM_PASSWORD or pass"
        + " --passwords-on-stdin (see --help)");
  }

  @Test
  void a_source_that_cannot_be_reached_is_named_with_exit_code_1() {
    MainTest.Run run = MainTest.run(Map.of(), "import", "--from-registry", "http://127.0.0.1:1", "--to", "http://127.0.0.1:2");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output().strip()).isEqualTo("error: Could not list the subjects, deleted ones too: the registry at"
        + " http://127.0.0.1:1/subjects?deleted=true cannot be reached (connection refused); check the registry URL and"
        + " that the registry is running.");
  }

  /** {@link RegistryReads#fill}, and a subject whose versions kept the ids and numbers of another registry. */
  private static void seed(HttpClientForTests source) {
    RegistryReads.fill(source);
    ok(source.put("/mode/imported-value", HttpClientForTests.json("{\"mode\":\"IMPORT\"}")));
    ObjectNode first = HttpClientForTests.schemaBody(null, "\"int\"");
    first.put("id", 1000).put("version", 1);
    ok(source.post("/subjects/imported-value/versions", first));
    ObjectNode fourth = HttpClientForTests.schemaBody(null, "\"double\"");
    fourth.put("id", 1001).put("version", 4);
    ok(source.post("/subjects/imported-value/versions", fourth));
    ok(source.put("/mode/imported-value", HttpClientForTests.json("{\"mode\":\"READWRITE\"}")));
  }

  private static void ok(Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
  }

  private static String lastLine(MainTest.Run run) {
    String[] lines = run.output().strip().split("\n");
    return lines[lines.length - 1];
  }
}
