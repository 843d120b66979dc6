package dev.schemagate.server.logging;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Users;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/** The access log: one line per request, in text and in JSON, naming the caller with authentication on and nothing secret. */
class AccessLogTest {
  private static final String ACCESS = "dev.schemagate.server.access";
  private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Secretive\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";

  @TempDir Path dir;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private Consumer<String> previous;

  @BeforeEach
  void capture() {
    previous = ServerLogging.output(lines::add);
    ServerLogging.level(ACCESS, Level.INFO);
  }

  @AfterEach
  void restore() {
    ServerLogging.output(previous);
    ServerLogging.level(ACCESS, Level.WARN);
    ServerLogging.format(LogFormat.TEXT);
  }

  private RegistryServer start(boolean auth) {
    return RegistryServer.create(config -> {
      config.host("127.0.0.1").port(0).database(dir.resolve("registry.db"));
      if (auth) {
        Path users = AuthFixtures.writeUsers(dir.resolve("users.json"),
            List.of(new TestUser("walt", "walt-pass-2", "writer", List.of("*"), List.of())));
        config.auth(new AuthConfig(Users.load(users), null, false));
      }
    }).start();
  }

  private List<String> accessLines() {
    return lines.stream().filter(line -> line.contains(" access - ") || line.contains("\"logger\":\"" + ACCESS + "\"")).toList();
  }

  @Test
  void each_request_is_one_text_line_with_method_route_template_status_and_duration() {
    try (RegistryServer server = start(false)) {
      HttpClientForTests client = new HttpClientForTests(server.url());
      client.register("orders-value", null, SCHEMA);
      client.get("/subjects/orders-value/versions/1");
      client.get("/subjects/nobody/versions/1");
    }

    List<String> access = accessLines();
    assertThat(access).hasSize(3);
    assertThat(access.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO access - request"
        + " method=POST route=/subjects/\\{subject}/versions status=200 duration_ms=\\d+\\.\\d\\R");
    assertThat(access.get(1)).contains(" method=GET route=/subjects/{subject}/versions/{version} status=200 duration_ms=");
    assertThat(access.get(2)).contains(" method=GET route=/subjects/{subject}/versions/{version} status=404 duration_ms=");
    assertThat(access).noneMatch(line -> line.contains("caller="));
    assertThat(access).noneMatch(line -> line.contains("orders-value") || line.contains("Secretive"));
  }

  @Test
  void json_lines_carry_the_same_fields_and_the_caller_but_never_credentials_query_or_body() throws Exception {
    ServerLogging.format(LogFormat.JSON);
    try (RegistryServer server = start(true)) {
      HttpClientForTests anonymous = new HttpClientForTests(server.url());
      HttpClientForTests walt = anonymous.as(basic("walt", "walt-pass-2"));
      walt.register("orders-value", null, SCHEMA);
      walt.get("/subjects?access_token=query-secret-1");
      anonymous.get("/subjects");
      anonymous.as(basic("walt", "wrong-pass-9")).get("/subjects");
    }

    List<String> access = accessLines();
    assertThat(access).hasSize(4);
    List<JsonNode> records = access.stream().map(HttpClientForTests::json).toList();
    assertThat(records.get(0).get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.+");
    assertThat(records.get(0).get("level").asText()).isEqualTo("INFO");
    assertThat(records.get(0).get("logger").asText()).isEqualTo(ACCESS);
    assertThat(records.get(0).get("message").asText()).isEqualTo("request");
    assertThat(records.get(0).get("method").asText()).isEqualTo("POST");
    assertThat(records.get(0).get("route").asText()).isEqualTo("/subjects/{subject}/versions");
    assertThat(records.get(0).get("status").asInt()).isEqualTo(200);
    assertThat(records.get(0).get("duration_ms").isNumber()).isTrue();
    assertThat(records.get(0).get("caller").asText()).isEqualTo("walt");
    assertThat(records.get(1).get("route").asText()).isEqualTo("/subjects");
    assertThat(records.get(1).get("caller").asText()).isEqualTo("walt");
    assertThat(records.get(2).get("status").asInt()).isEqualTo(401);
    assertThat(records.get(2).get("caller").asText()).isEqualTo("anonymous");
    assertThat(records.get(3).get("status").asInt()).isEqualTo(401);
    assertThat(String.join("", lines)).doesNotContain("walt-pass-2", "wrong-pass-9", "query-secret-1", "Secretive",
        "Basic ", basic("walt", "walt-pass-2").substring("Basic ".length()));
    assertThat(access).allSatisfy(line -> assertThat(line).endsWith("}\n").doesNotContain("\n{"));
  }
}
