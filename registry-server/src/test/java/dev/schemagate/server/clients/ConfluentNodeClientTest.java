package dev.schemagate.server.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.testing.ServerTest;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Users;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.HttpClientForTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry as Node.js Kafka applications meet it: {@code @kafkajs/confluent-schema-registry}
 * (pinned by the committed package-lock.json, installed under target/) registers an Avro and a
 * JSON schema, fetches by id, encodes and decodes a message with each, reads the latest id and is
 * refused an incompatible registration.
 */
class ConfluentNodeClientTest {
  private static final Path SOURCES = Path.of("src/test/node/confluent-client");
  private static final Path INSTALLED = Path.of("target/confluent-client");

  @TempDir Path dataDir;

  @Test
  void the_kafkajs_client_registers_encodes_decodes_and_is_refused_an_incompatible_schema() throws Exception {
    checkClient(null);
  }

  @Test
  void the_kafkajs_client_does_the_same_with_its_basic_auth_settings_against_a_registry_with_authentication() throws Exception {
    checkClient(AuthFixtures.writeUsers(dataDir.resolve("users.json"),
        List.of(new AuthFixtures.TestUser("node-app", "node-app-secret", "admin", List.of("*"), List.of()))));
  }

  /** Runs the steps against a fresh registry; with a users file, as its admin node-app (a step sets a level). */
  private void checkClient(Path users) throws Exception {
    boolean nodeInstalled = ExternalProcess.available("node") && ExternalProcess.available("npm");
    // a developer machine without Node.js skips the check; CI must run it, so there it fails instead
    assertThat(nodeInstalled || !"true".equals(System.getenv("CI")))
        .as("node and npm are not installed, and CI=true needs the @kafkajs/confluent-schema-registry check to run")
        .isTrue();
    Assumptions.assumeTrue(nodeInstalled, "node and npm are not installed: skipping the @kafkajs/confluent-schema-registry check");
    install();

    Map<String, JsonNode> steps;
    try (RegistryServer server = RegistryServer.create(config -> ServerTest.onTestStore(config.host("127.0.0.1").port(0)
        .database(dataDir.resolve("registry.db")), getClass()).auth(users == null ? null : new AuthConfig(Users.load(users), null, false)))
        .start()) {
      if (users != null) {
        assertThat(new HttpClientForTests(server.url()).get("/subjects").status()).isEqualTo(401);
      }
      Map<String, String> credentials =
          users == null ? Map.of() : Map.of("REGISTRY_USERNAME", "node-app", "REGISTRY_PASSWORD", "node-app-secret");
      ExternalProcess run = ExternalProcess.run(INSTALLED, 120, List.of("node", "client-check.mjs", server.url()), credentials);
      assertThat(run.exitCode()).as(run.output()).isZero();
      steps = steps(run.output());
    }

    assertThat(steps.keySet()).containsExactly("register-avro", "encode-decode-avro", "fetch-avro-by-id", "register-json",
        "encode-decode-json", "latest-id", "incompatible-refused");
    assertThat(steps.get("register-avro").get("id").asInt()).isEqualTo(1);
    assertThat(steps.get("encode-decode-avro")).isEqualTo(HttpClientForTests.json(
        "{\"step\":\"encode-decode-avro\",\"magicByte\":0,\"schemaId\":1,\"decoded\":{\"id\":\"o-1\",\"amount\":42}}"));
    assertThat(steps.get("fetch-avro-by-id").get("name").asText()).isEqualTo("shop.orders.OrderPlaced");
    assertThat(steps.get("register-json").get("id").asInt()).isEqualTo(2);
    assertThat(steps.get("encode-decode-json")).isEqualTo(HttpClientForTests.json(
        "{\"step\":\"encode-decode-json\",\"schemaId\":2,\"decoded\":{\"orderId\":\"o-1\",\"cents\":4200}}"));
    assertThat(steps.get("latest-id")).isEqualTo(HttpClientForTests.json("{\"step\":\"latest-id\",\"registered\":3,\"latest\":3}"));
    JsonNode refused = steps.get("incompatible-refused");
    assertThat(refused.get("refused").asBoolean()).isTrue();
    assertThat(refused.get("status").asInt()).isEqualTo(409);
    assertThat(refused.get("message").asText())
        .contains("incompatible with an earlier schema for subject \"orders-value\"", "version 2", "[READER_FIELD_MISSING_DEFAULT_VALUE]");
  }

  /** Copies the script and its lock file under target/ and installs exactly the locked packages there. */
  private static void install() throws Exception {
    Files.createDirectories(INSTALLED);
    for (String file : List.of("package.json", "package-lock.json", "client-check.mjs")) {
      Files.copy(SOURCES.resolve(file), INSTALLED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (Files.isDirectory(INSTALLED.resolve("node_modules/@kafkajs/confluent-schema-registry"))) {
      return;
    }
    ExternalProcess npm = ExternalProcess.run(INSTALLED, 600,
        List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", "--ignore-scripts"));
    assertThat(npm.exitCode()).as("npm ci in %s:%n%s", INSTALLED, npm.output()).isZero();
  }

  private static Map<String, JsonNode> steps(String output) {
    Map<String, JsonNode> steps = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("{")) {
        JsonNode step = HttpClientForTests.json(line);
        steps.put(step.get("step").asText(), step);
      }
    }
    return steps;
  }
}
