package dev.schemagate.server.auth;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static dev.schemagate.server.testing.HttpClientForTests.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic against a users file: each role on each family of endpoints, over real HTTP. */
class BasicAuthTest extends ServerTest {
  private static final String ORDERS = "orders.OrderPlaced";
  private static final String PAYMENTS = "payments.PaymentMade";
  private static final String USERS = "users.UserCreated";

  private HttpClientForTests reader;
  private HttpClientForTests writer;
  private HttpClientForTests subjectAdmin;
  private HttpClientForTests root;
  private int ordersId;
  private int paymentsId;

  @Override
  protected void configure(ServerConfig config) {
    var file = AuthFixtures.writeUsers(dataDir.resolve("users.json"), List.of(
        new TestUser("rita", "rita-pass-1", "reader", List.of("orders.*"), List.of()),
        new TestUser("walt", "walt-pass-2", "writer", List.of("orders.*"), List.of("payments.*")),
        new TestUser("ada", "ada-pass-3", "admin", List.of("orders.*"), List.of()),
        new TestUser("root", "root-pass-4", "admin", List.of("*"), List.of())));
    config.auth(new AuthConfig(Users.load(file), null, false));
  }

  @BeforeEach
  void registerOneSchemaPerTeam() {
    reader = client.as(basic("rita", "rita-pass-1"));
    writer = client.as(basic("walt", "walt-pass-2"));
    subjectAdmin = client.as(basic("ada", "ada-pass-3"));
    root = client.as(basic("root", "root-pass-4"));
    ordersId = root.register(ORDERS, null, USER_V1).json().get("id").asInt();
    paymentsId = root.register(PAYMENTS, "JSON", "{\"type\":\"object\"}").json().get("id").asInt();
    root.register(USERS, "JSON", "{\"type\":\"string\"}");
  }

  @Test
  void the_health_probes_answer_without_credentials_and_nothing_else_under_health_does() {
    assertThat(client.get("/health/live").json()).isEqualTo(json("{\"live\":true}"));
    assertThat(client.get("/health/ready").json()).isEqualTo(json("{\"ready\":true}"));
    assertThat(client.get("/ready").json()).isEqualTo(json("{\"ready\":true}"));
    assertThat(client.get("/health/other").status()).isEqualTo(401);
    assertThat(client.sendText("DELETE", "/health/ready", "", "application/json").status()).isEqualTo(401);
  }

  @Test
  void no_credentials_get_401_with_a_challenge_and_confluents_error_code() {
    Answer answer = client.get("/subjects");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json()).isEqualTo(json(
        "{\"error_code\":40101,\"message\":\"Authentication is required: send HTTP Basic credentials or a bearer token.\"}"));
    assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SchemaGate\", charset=\"UTF-8\"");
    assertThat(client.register(ORDERS, null, USER_V2_WITH_DEFAULT).status()).isEqualTo(401);
    assertThat(root.get("/subjects/" + ORDERS + "/versions").json()).isEqualTo(json("[1]"));
  }

  @Test
  void a_wrong_password_and_an_unknown_user_get_the_same_401() {
    Answer wrong = client.as(basic("rita", "not-her-password")).get("/subjects");
    Answer unknown = client.as(basic("nobody", "whatever")).get("/subjects");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json()).isEqualTo(json("{\"error_code\":40101,\"message\":\"The user name or password is wrong.\"}"));
    assertThat(unknown.json()).isEqualTo(wrong.json());
  }

  @Test
  void the_root_path_answers_without_credentials_and_metrics_need_them() {
    assertThat(client.get("/").status()).isEqualTo(200);
    assertThat(client.get("/metrics").status()).isEqualTo(401);
    assertThat(reader.get("/metrics").status()).isEqualTo(200);
  }

  @Test
  void a_reader_reads_its_subjects_and_nothing_else_is_listed() {
    assertThat(reader.get("/subjects").json()).isEqualTo(json("[\"" + ORDERS + "\"]"));
    assertThat(reader.get("/subjects/" + ORDERS + "/versions").json()).isEqualTo(json("[1]"));
    assertThat(reader.get("/subjects/" + ORDERS + "/versions/latest").status()).isEqualTo(200);
    assertThat(reader.get("/schemas").json().findValuesAsText("subject")).containsExactly(ORDERS);
    assertThat(reader.get("/schemas/ids/" + ordersId).status()).isEqualTo(200);
    assertThat(reader.get("/schemas/ids/" + ordersId + "/subjects").json()).isEqualTo(json("[\"" + ORDERS + "\"]"));
    assertThat(reader.get("/config/" + ORDERS + "?defaultToGlobal=true").status()).isEqualTo(200);
  }

  @Test
  void a_subject_a_caller_may_not_see_answers_exactly_as_a_missing_one() {
    Answer hidden = reader.get("/subjects/" + PAYMENTS + "/versions");
    Answer missing = reader.get("/subjects/orders.NoSuchThing/versions");

    assertThat(hidden.status()).isEqualTo(404).isEqualTo(missing.status());
    assertThat(hidden.json()).isEqualTo(json("{\"error_code\":40401,\"message\":\"Subject '" + PAYMENTS + "' not found.\"}"));
    assertThat(missing.json().get("message").asText()).isEqualTo("Subject 'orders.NoSuchThing' not found.");
    assertThat(reader.get("/schemas/ids/" + paymentsId).json())
        .isEqualTo(json("{\"error_code\":40403,\"message\":\"Schema " + paymentsId + " not found.\"}"));
    assertThat(reader.get("/schemas/ids/999").json()).isEqualTo(json("{\"error_code\":40403,\"message\":\"Schema 999 not found.\"}"));
    assertThat(writer.register(USERS, "JSON", "{\"type\":\"string\"}").json().get("error_code").asInt()).isEqualTo(40401);
  }

  @Test
  void a_reader_may_not_register_check_or_configure() {
    Answer register = reader.register(ORDERS, null, USER_V2_WITH_DEFAULT);
    Answer check = reader.post("/compatibility/subjects/" + ORDERS + "/versions/latest", schemaBody(null, USER_V2_WITH_DEFAULT));
    Answer lookup = reader.post("/subjects/" + ORDERS, schemaBody(null, USER_V1));
    Answer config = reader.put("/config/" + ORDERS, json("{\"compatibility\":\"FULL\"}"));

    assertThat(register.status()).isEqualTo(403);
    assertThat(register.json()).isEqualTo(json("{\"error_code\":40301,\"message\":\"User \\\"rita\\\" may not do this on subject '"
        + ORDERS + "': it needs the writer role for it, and has reader on [orders.*].\"}"));
    assertThat(List.of(check.status(), lookup.status(), config.status())).containsOnly(403);
    assertThat(root.get("/subjects/" + ORDERS + "/versions").json()).isEqualTo(json("[1]"));
  }

  @Test
  void a_writer_registers_checks_and_looks_up_under_its_patterns_and_only_reads_elsewhere() {
    assertThat(writer.register(ORDERS, null, USER_V2_WITH_DEFAULT).status()).isEqualTo(200);
    assertThat(writer.post("/compatibility/subjects/" + ORDERS + "/versions/latest", schemaBody(null, USER_V1)).status())
        .isEqualTo(200);
    assertThat(writer.post("/subjects/" + ORDERS, schemaBody(null, USER_V1)).json().get("version").asInt()).isEqualTo(1);
    assertThat(writer.get("/subjects").json()).isEqualTo(json("[\"" + ORDERS + "\",\"" + PAYMENTS + "\"]"));
    assertThat(writer.get("/subjects/" + PAYMENTS + "/versions").status()).isEqualTo(200);

    assertThat(writer.register(PAYMENTS, "JSON", "{\"type\":\"object\",\"title\":\"x\"}").status()).isEqualTo(403);
    assertThat(writer.delete("/subjects/" + ORDERS + "/versions/1").status()).isEqualTo(403);
    assertThat(writer.put("/config/" + ORDERS, json("{\"compatibility\":\"FULL\"}")).status()).isEqualTo(403);
    assertThat(writer.put("/mode/" + ORDERS, json("{\"mode\":\"READONLY\"}")).status()).isEqualTo(403);
  }

  @Test
  void an_admin_of_some_subjects_configures_and_deletes_them_but_not_the_registry() {
    assertThat(subjectAdmin.put("/config/" + ORDERS, json("{\"compatibility\":\"FULL\"}")).status()).isEqualTo(200);
    assertThat(subjectAdmin.put("/mode/" + ORDERS, json("{\"mode\":\"READWRITE\"}")).status()).isEqualTo(200);
    assertThat(subjectAdmin.delete("/subjects/" + ORDERS).json()).isEqualTo(json("[1]"));

    Answer global = subjectAdmin.put("/config", json("{\"compatibility\":\"NONE\"}"));
    assertThat(global.status()).isEqualTo(403);
    assertThat(global.json().get("error_code").asInt()).isEqualTo(40301);
    assertThat(subjectAdmin.get("/audit").status()).isEqualTo(403);
    assertThat(subjectAdmin.delete("/subjects/" + PAYMENTS).status()).isEqualTo(404);
  }

  @Test
  void an_admin_of_every_subject_changes_global_settings_and_reads_the_audit_trail() {
    assertThat(root.put("/config", json("{\"compatibility\":\"FULL\"}")).status()).isEqualTo(200);
    assertThat(root.put("/mode", json("{\"mode\":\"READWRITE\"}")).status()).isEqualTo(200);
    assertThat(root.get("/audit").status()).isEqualTo(200);
    assertThat(root.get("/subjects").json().size()).isEqualTo(3);
  }
}
