package dev.schemagate.server.console;

import static dev.schemagate.server.testing.HttpClientForTests.basic;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Users;
import dev.schemagate.server.testing.AuthFixtures;
import dev.schemagate.server.testing.AuthFixtures.TestUser;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * With authentication on, the console asks for the API's credentials, shows only what the caller may
 * read, and offers only the actions the caller may take: governance for an admin, none for a reader.
 */
class SecuredConsoleTest extends ServerTest {
  private static Browser browser;

  private HttpClientForTests reader;
  private HttpClientForTests admin;

  @Override
  protected void configure(ServerConfig config) {
    var file = AuthFixtures.writeUsers(dataDir.resolve("users.json"), List.of(
        new TestUser("rita", "rita-pass-1", "reader", List.of("orders-*"), List.of()),
        new TestUser("root", "root-pass-4", "admin", List.of("*"), List.of())));
    config.auth(new AuthConfig(Users.load(file), null, false));
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void registerAnOrderAndAPayment() {
    reader = client.as(basic("rita", "rita-pass-1"));
    admin = client.as(basic("root", "root-pass-4"));
    admin.register("orders-value", null, ConsoleBrowserTest.ORDER_V1);
    admin.register("orders-value", null, ConsoleBrowserTest.ORDER_V2);
    admin.register("payments-value", "JSON", "{\"type\":\"object\"}");
  }

  @Test
  void the_console_asks_for_credentials_like_the_api() {
    Answer page = client.get("/ui");

    assertThat(page.status()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"SchemaGate\", charset=\"UTF-8\"");
    assertThat(client.get("/ui/api/subjects").status()).isEqualTo(401);
  }

  @Test
  void the_subject_list_shows_only_what_the_caller_may_read() {
    Answer readers = reader.get("/ui/api/subjects?show=all");
    Answer admins = admin.get("/ui/api/subjects?show=all");

    assertThat(readers.json().get("total").asInt()).isEqualTo(1);
    assertThat(readers.json().get("subjects").get(0).get("name").asText()).isEqualTo("orders-value");
    assertThat(admins.json().get("total").asInt()).isEqualTo(2);
  }

  @Test
  void a_subject_the_caller_may_not_read_answers_as_a_missing_one() {
    Answer hidden = reader.get("/ui/api/subjects/payments-value/diff?from=1&to=1");
    Answer missing = reader.get("/ui/api/subjects/orders-nothing/diff?from=1&to=1");

    assertThat(hidden.status()).isEqualTo(404);
    assertThat(hidden.json().get("error_code").asInt()).isEqualTo(missing.json().get("error_code").asInt());
    assertThat(hidden.json().get("message").asText()).isEqualTo(
        missing.json().get("message").asText().replace("orders-nothing", "payments-value"));
  }

  @Test
  void the_access_of_a_subject_says_what_the_console_may_offer() {
    assertThat(reader.get("/ui/api/subjects/orders-value/access").json())
        .isEqualTo(json("{\"read\":true,\"register\":false,\"govern\":false}"));
    assertThat(admin.get("/ui/api/subjects/orders-value/access").json())
        .isEqualTo(json("{\"read\":true,\"register\":true,\"govern\":true}"));
  }

  @Test
  void governance_is_offered_to_an_admin_and_absent_for_a_reader() {
    browser.authenticateAs("root", "root-pass-4");
    browser.open(server.url() + "/ui#/subject/orders-value");
    assertThat(browser.driver.findElements(By.xpath("//button[text()='Save level and policy']"))).hasSize(1);

    browser.authenticateAs("rita", "rita-pass-1");
    browser.open(server.url() + "/ui#/subject/orders-value");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("orders-value");
    assertThat(browser.driver.findElements(By.xpath("//button[text()='Save level and policy']"))).isEmpty();
    assertThat(browser.driver.findElements(By.xpath("//button[starts-with(text(),'Delete')]"))).isEmpty();
    browser.screenshot("subject-as-reader");

    browser.open(server.url() + "/ui#/");
    assertThat(browser.driver.findElements(By.cssSelector("#subjects tbody tr"))).hasSize(1);
    assertThat(browser.consoleProblems()).isEmpty();
  }
}
