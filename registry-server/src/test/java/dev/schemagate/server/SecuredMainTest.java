package dev.schemagate.server;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.nimbusds.jose.jwk.RSAKey;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with authentication on: the ready line, SIGHUP, hash-password, and a log free of secrets. */
class SecuredMainTest {
  private static final Pattern SECURED_LINE = Pattern.compile(
      "INFO Main - SchemaGate registry listening on http://127\\.0\\.0\\.1:(\\d+) \\(store: SQLite, data file: .+\\)"
          + " started in \\d+ ms; authentication: HTTP Basic \\(users file (.+), 2 users\\) and bearer JWTs \\(issuer "
          + Pattern.quote(AuthFixtures.ISSUER) + ", audience schemagate\\)$");

  @TempDir Path dir;

  @Test
  void hash_password_reads_standard_input_and_prints_a_bcrypt_hash_of_it() throws Exception {
    Process process = MainTest.launch(Map.of(), "hash-password");
    process.getOutputStream().write("correct horse battery\n".getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();

    String output = MainTest.allOutput(process).strip();

    assertThat(process.exitValue()).isZero();
    assertThat(output).startsWith("$2a$12$").hasSize(60).doesNotContain("horse");
    assertThat(BCrypt.verifyer().verify("correct horse battery".toCharArray(), output).verified).isTrue();
  }

  @Test
  void the_ready_line_says_what_is_on_sighup_reloads_users_and_no_secret_reaches_the_log() throws Exception {
    Path users = AuthFixtures.writeUsers(dir.resolve("users.json"), List.of(
        new TestUser("ci", "ci-Pa55word-x1", "writer", List.of("*"), List.of()),
        new TestUser("ops", "ops-Pa55word-y2", "admin", List.of("*"), List.of())));
    RSAKey key = AuthFixtures.rsaKey("k1");
    Path jwks = AuthFixtures.writeJwks(dir.resolve("jwks.json"), key);
    Process process = MainTest.launch(Map.of("SCHEMAGATE_USERS", users.toString()), "--host", "127.0.0.1", "--port", "0",
        "--db", dir.resolve("registry.db").toString(), "--jwks", jwks.toString(), "--jwt-issuer", AuthFixtures.ISSUER,
        "--jwt-audience", AuthFixtures.AUDIENCE);
    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = output.readLine();
    Matcher ready = SECURED_LINE.matcher(line);
    assertThat(ready.find()).as(line).isTrue();
    assertThat(ready.group(2)).isEqualTo(users.toString());
    HttpClientForTests anonymous = new HttpClientForTests("http://127.0.0.1:" + ready.group(1));

    String token = AuthFixtures.token(key, Map.of("role", "writer"));
    String expired = AuthFixtures.token(key, Map.of("role", "admin", "exp", Date.from(Instant.now().minusSeconds(60))));
    String forged = AuthFixtures.token(AuthFixtures.rsaKey("k1"), Map.of("role", "admin"));
    assertThat(anonymous.as(basic("ci", "ci-Pa55word-x1")).register("orders-value", null, "\"string\"").status()).isEqualTo(200);
    assertThat(anonymous.as("Bearer " + token).get("/subjects").status()).isEqualTo(200);
    assertThat(anonymous.as(basic("ci", "wrong-Secret-z3")).get("/subjects").status()).isEqualTo(401);
    assertThat(anonymous.as(basic("ghost", "ghost-Secret-q4")).get("/subjects").status()).isEqualTo(401);
    assertThat(anonymous.as("Bearer " + expired).get("/subjects").status()).isEqualTo(401);
    assertThat(anonymous.as("Bearer " + forged).get("/subjects").status()).isEqualTo(401);

    // a new user, written with the old modification time so that only SIGHUP can make the server read it
    var stamp = Files.getLastModifiedTime(users);
    AuthFixtures.writeUsers(users, List.of(new TestUser("late", "late-Pa55word-w5", "reader", List.of("*"), List.of())));
    Files.setLastModifiedTime(users, stamp);
    assertThat(new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).start().waitFor()).isZero();
    HttpClientForTests late = anonymous.as(basic("late", "late-Pa55word-w5"));
    long deadline = System.currentTimeMillis() + 10_000;
    while (late.get("/subjects").status() != 200 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(late.get("/subjects").status()).isEqualTo(200);

    assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String log = line + "\n" + String.join("\n", output.lines().toList());
    assertThat(log).contains("Failed login from 127.0.0.1 as user \"ci\": wrong password",
        "Failed login from 127.0.0.1 as user \"ghost\": no such user", "The bearer token has expired.",
        "The bearer token's signature is not valid.", "reloaded: 1 users");
    for (String secret : List.of("ci-Pa55word-x1", "ops-Pa55word-y2", "wrong-Secret-z3", "ghost-Secret-q4", "late-Pa55word-w5",
        token, expired, forged, token.substring(token.lastIndexOf('.') + 1), basic("ci", "wrong-Secret-z3").substring(6))) {
      assertThat(log).as("the log holds a secret").doesNotContain(secret);
    }
  }
}
