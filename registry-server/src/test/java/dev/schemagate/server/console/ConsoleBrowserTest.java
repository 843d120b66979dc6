package dev.schemagate.server.console;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.ServerTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The console in a real headless Chromium against a real server seeded through the REST API. */
class ConsoleBrowserTest extends ServerTest {
  static final String ORDER_V1 = """
      {"type":"record","name":"OrderPlaced","fields":[{"name":"id","type":"string"}]}""";
  static final String ORDER_V2 = """
      {"type":"record","name":"OrderPlaced","fields":[{"name":"id","type":"string"},{"name":"total","type":"long","default":0}]}""";
  static final String ORDER_V3_BREAKING = """
      {"type":"record","name":"OrderPlaced","fields":[{"name":"id","type":"string"},{"name":"total","type":"long","default":0},\
      {"name":"currency","type":"string"}]}""";

  static Browser browser;

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

  private String ui(String route) {
    return server.url() + "/ui#" + route;
  }

  /** Three versions of orders-value, the third breaking BACKWARD (registered under NONE, then the level is restored). */
  private void seedOrders() {
    client.register("orders-value", null, ORDER_V1);
    client.register("orders-value", null, ORDER_V2);
    client.put("/config/orders-value", json("{\"compatibility\":\"NONE\"}"));
    client.register("orders-value", null, ORDER_V3_BREAKING);
    client.put("/config/orders-value", json("{\"compatibility\":\"BACKWARD\"}"));
    client.register("payments-value", "JSON", "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"integer\"}}}");
  }

  @Test
  void every_page_loads_without_console_errors() {
    seedOrders();
    browser.consoleProblems();
    List<String[]> pages = List.of(
        new String[] {"/", "subjects"}, new String[] {"/subject/orders-value", "subject"},
        new String[] {"/subject/orders-value/version/2", "version"}, new String[] {"/subject/orders-value/compare/2/3", "compare"},
        new String[] {"/check?subject=orders-value", "check"});
    for (String[] page : pages) {
      browser.open(ui(page[0]));
      assertThat(browser.text(By.cssSelector("main h1"))).as(page[0]).isNotEqualTo("Something went wrong");
      browser.screenshot(page[1]);
      assertThat(browser.consoleProblems()).as("console of " + page[0]).isEmpty();
    }
  }

  @Test
  void the_subject_list_finds_subjects_by_part_of_their_name_and_pages_through_them() {
    for (int i = 0; i < 60; i++) {
      client.register(String.format("team-%02d-value", i), null, ORDER_V1);
    }
    client.register("orders-value", null, ORDER_V1);
    browser.open(ui("/"));
    assertThat(browser.text(By.id("page-status"))).isEqualTo("61 subjects, page 1 of 2");
    assertThat(browser.driver.findElements(By.cssSelector("#subjects tbody tr"))).hasSize(50);

    browser.driver.findElement(By.xpath("//button[text()='Next']")).click();
    browser.waitForText(By.id("page-status"), "page 2 of 2");
    assertThat(browser.driver.findElements(By.cssSelector("#subjects tbody tr"))).hasSize(11);

    WebElement search = browser.driver.findElement(By.name("q"));
    search.clear();
    search.sendKeys("ORDERS", Keys.ENTER);
    browser.waitForText(By.id("page-status"), "1 subjects, page 1 of 1");
    assertThat(browser.text(By.cssSelector("#subjects tbody tr"))).startsWith("orders-value AVRO v1");
  }

  @Test
  void the_diff_of_a_breaking_change_shows_the_rule_the_sentence_and_the_witness() {
    seedOrders();
    browser.open(ui("/subject/orders-value/compare/2/3"));

    assertThat(browser.text(By.id("verdict"))).startsWith("breaking at BACKWARD");
    WebElement change = browser.driver.findElement(By.cssSelector("#changes .change.breaks"));
    assertThat(change.getText()).contains("added field \"currency\"", "READER_FIELD_MISSING_DEFAULT_VALUE",
        "Field \"currency\" is new and has no default, so events written with version 2 cannot be read; add a default.",
        "Witness event:");
    JsonNode api = client.get("/ui/api/subjects/orders-value/diff?from=2&to=3").json();
    String witness = change.findElement(By.cssSelector("pre[aria-label='witness event']")).getText();
    assertThat(json(witness)).isEqualTo(api.at("/changes/0/breaks/0/witness"));
    assertThat(browser.text(By.cssSelector("pre.text-diff"))).contains("+       \"name\": \"currency\",");
  }

  @Test
  void the_check_page_gives_the_same_verdict_as_the_api_and_registers_from_there() {
    seedOrders();
    JsonNode api = client.post("/compatibility/subjects/payments-value/versions?verbose=true",
        HttpClientForTests.schemaBody("JSON", "{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"string\"}}}")).json();

    browser.open(ui("/check?subject=payments-value"));
    new Select(browser.driver.findElement(By.name("schemaType"))).selectByValue("JSON");
    browser.driver.findElement(By.name("schema")).sendKeys("{\"type\":\"object\",\"properties\":{\"amount\":{\"type\":\"string\"}}}");
    browser.driver.findElement(By.xpath("//button[text()='Check']")).click();
    browser.waitFor(By.id("check-verdict"));

    assertThat(api.get("is_compatible").asBoolean()).isFalse();
    String shown = browser.text(By.id("check-result"));
    assertThat(shown).startsWith("breaking");
    api.get("incompatibilities").forEach(found -> assertThat(shown).contains(found.get("rule").asText(), found.get("message").asText()));
    assertThat(browser.driver.findElements(By.xpath("//button[text()='Register this schema']"))).isEmpty();

    WebElement schema = browser.driver.findElement(By.name("schema"));
    schema.clear();
    schema.sendKeys("{\"type\":\"object\",\"title\":\"Payment\",\"properties\":{\"amount\":{\"type\":\"integer\"}}}");
    browser.driver.findElement(By.xpath("//button[text()='Check']")).click();
    browser.waitForText(By.id("check-verdict"), "compatible");
    browser.driver.findElement(By.xpath("//button[text()='Register this schema']")).click();
    browser.waitForText(By.id("check-result"), "Registered as version 2");
    assertThat(client.get("/subjects/payments-value/versions").json()).isEqualTo(json("[1,2]"));
  }

  @Test
  void governance_changes_level_and_mode_and_deletes_a_version_after_a_confirmation() {
    seedOrders();
    browser.open(ui("/subject/orders-value"));

    new Select(browser.driver.findElement(By.name("level"))).selectByValue("FULL");
    WebElement save = browser.driver.findElement(By.xpath("//button[text()='Save level and policy']"));
    save.click();
    assertThat(client.get("/config/orders-value").json().get("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    save.click();
    browser.waitForText(By.id("govern"), "Saved: FULL, STRICT");
    assertThat(client.get("/config/orders-value").json().get("compatibilityLevel").asText()).isEqualTo("FULL");

    new Select(browser.driver.findElement(By.name("mode"))).selectByValue("READONLY");
    WebElement saveMode = browser.driver.findElement(By.xpath("//button[text()='Save mode']"));
    saveMode.click();
    saveMode.click();
    browser.waitForText(By.id("govern"), "Mode: READONLY");
    assertThat(client.get("/mode/orders-value").json().get("mode").asText()).isEqualTo("READONLY");
    client.put("/mode/orders-value", json("{\"mode\":\"READWRITE\"}"));

    new Select(browser.driver.findElement(By.name("version"))).selectByValue("1");
    WebElement delete = browser.driver.findElement(By.xpath("//button[text()='Delete version']"));
    delete.click();
    delete.click();
    browser.waitForText(By.id("govern"), "Deleted version 1");
    assertThat(client.get("/subjects/orders-value/versions").json()).isEqualTo(json("[2,3]"));
  }

  @Test
  void a_schema_whose_doc_holds_markup_is_shown_as_text() {
    String hostile = "<script>window.pwned=1</script><img src=x onerror=\\\"window.pwned=2\\\">";
    client.register("xss-value", null,
        "{\"type\":\"record\",\"name\":\"X\",\"doc\":\"" + hostile + "\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
    client.register("%3Cimg%20src=x%20onerror=alert(1)%3E", null, ORDER_V1);

    browser.open(ui("/subject/xss-value/version/1"));
    assertThat(browser.text(By.cssSelector("pre[aria-label='schema']")))
        .contains("\"doc\": \"<script>window.pwned=1</script><img src=x onerror=\\\"window.pwned=2\\\">\"");
    browser.open(ui("/"));
    assertThat(browser.text(By.id("subjects"))).contains("<img src=x onerror=alert(1)>");

    assertThat(browser.driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertThat(browser.driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void the_pages_are_reachable_by_keyboard_and_every_field_has_a_label() {
    seedOrders();
    browser.open(ui("/check"));
    for (WebElement field : browser.driver.findElements(By.cssSelector("main input, main select, main textarea"))) {
      assertThat(field.findElement(By.xpath("ancestor::label")).getText()).as(field.getAttribute("name")).isNotBlank();
    }
    browser.open(ui("/"));
    WebElement active = null;
    for (int i = 0; i < 12; i++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      active = browser.driver.switchTo().activeElement();
      if ("orders-value".equals(active.getText())) {
        break;
      }
    }
    active.sendKeys(Keys.ENTER);
    browser.waitForText(By.cssSelector("main h1"), "orders-value");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/ui#/subject/orders-value");
  }
}
