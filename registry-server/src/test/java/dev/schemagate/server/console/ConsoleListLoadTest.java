package dev.schemagate.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.testing.HttpClientForTests;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A measurement, not a test of speed (it asserts only that the pages drew): how long the subject
 * list takes to load in Chromium with 10,000 subjects, against the same page with 10 in the same
 * run. Run it with {@code -Dconsole.load=true -Dtest=ConsoleListLoadTest}.
 */
@EnabledIfSystemProperty(named = "console.load", matches = "true")
class ConsoleListLoadTest {
  static final int LOADS = 25;
  static final String SCHEMA = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";

  @TempDir Path dir;

  @Test
  void the_subject_list_loads_with_ten_and_with_ten_thousand_subjects() throws Exception {
    try (Browser browser = Browser.start();
        RegistryServer few = started(dir.resolve("few.db"), 10);
        RegistryServer many = started(dir.resolve("many.db"), 10_000)) {
      HttpClientForTests fewApi = new HttpClientForTests(few.url());
      HttpClientForTests manyApi = new HttpClientForTests(many.url());
      for (int round = 0; round < 2; round++) {
        long[] apiBaseline = requests(fewApi, "/ui/api/subjects?limit=50");
        long[] apiLarge = requests(manyApi, "/ui/api/subjects?limit=50");
        long[] apiSearch = requests(manyApi, "/ui/api/subjects?limit=50&q=9999");
        System.out.printf("round %d: median GET /ui/api/subjects with 10 subjects %.2f ms, with 10,000 %.2f ms (x%.2f),"
            + " a search among 10,000 %.2f ms (x%.2f)%n", round, millis(apiBaseline), millis(apiLarge),
            median(apiLarge) / (double) median(apiBaseline), millis(apiSearch), median(apiSearch) / (double) median(apiBaseline));
        long[] baseline = loads(browser, few.url() + "/ui#/", "10 subjects");
        long[] large = loads(browser, many.url() + "/ui#/", "10000 subjects");
        long[] searched = loads(browser, many.url() + "/ui#/?q=9999", "1 subjects");
        System.out.printf("round %d: median page load with 10 subjects %.1f ms, with 10,000 %.1f ms (x%.2f), "
            + "a search among 10,000 %.1f ms (x%.2f)%n", round, millis(baseline), millis(large),
            median(large) / (double) median(baseline), millis(searched), median(searched) / (double) median(baseline));
      }
    }
  }

  private static RegistryServer started(Path database, int subjects) throws InterruptedException {
    RegistryServer server = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(database)
        .defaultCompatibility(CompatibilityLevel.BACKWARD)).start();
    HttpClientForTests client = new HttpClientForTests(server.url());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    IntStream.range(0, subjects).forEach(i -> pool.submit(() ->
        assertThat(client.register(String.format("team-%05d-value", i), null, SCHEMA).status()).isEqualTo(200)));
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    return server;
  }

  /** Nanoseconds from asking for the page to its table and page count drawn, LOADS times. */
  private static long[] loads(Browser browser, String url, String expected) {
    long[] times = new long[LOADS];
    for (int i = 0; i < LOADS; i++) {
      browser.driver.get("about:blank");
      long start = System.nanoTime();
      browser.driver.get(url);
      browser.waitForText(By.id("page-status"), expected);
      times[i] = System.nanoTime() - start;
    }
    return times;
  }

  private static long[] requests(HttpClientForTests client, String path) {
    long[] times = new long[LOADS * 4];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      assertThat(client.get(path).status()).isEqualTo(200);
      times[i] = System.nanoTime() - start;
    }
    return times;
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double millis(long[] times) {
    return median(times) / 1e6;
  }
}
