package dev.schemagate.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.PrometheusText;
import dev.schemagate.server.testing.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example Grafana dashboard parses, and every query in it names only metrics this server exports. */
class GrafanaDashboardTest extends ServerTest {
  private static final Path DASHBOARD = Path.of("grafana", "schemagate.json");
  /** A metric in a query: a name followed by its label selector, as every query in the dashboard writes it. */
  private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");
  private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)");

  @Test
  void every_query_of_the_example_dashboard_names_metrics_that_exist() throws Exception {
    JsonNode dashboard = HttpClientForTests.MAPPER.readTree(Files.readString(DASHBOARD));
    List<String> queries = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.get("panels")) {
      assertThat(ids.add(panel.get("id").asInt())).as("panel ids are unique").isTrue();
      assertThat(panel.get("targets")).as(panel.get("title").asText()).isNotEmpty();
      panel.get("targets").forEach(target -> queries.add(target.get("expr").asText()));
    }
    dashboard.get("templating").get("list").forEach(variable -> {
      if (variable.has("definition")) {
        queries.add(variable.get("definition").asText());
      }
    });
    // traffic that makes every meter appear: a registration, a refusal, reads
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT);
    client.get("/subjects/orders-value/versions/1");
    PrometheusText exported = new PrometheusText(client.get("/metrics").text());

    assertThat(queries).hasSizeGreaterThanOrEqualTo(10);
    for (String query : queries) {
      Set<String> named = new HashSet<>();
      for (Pattern pattern : List.of(METRIC, LABEL_VALUES)) {
        Matcher metric = pattern.matcher(query);
        while (metric.find()) {
          named.add(metric.group(1));
        }
      }
      assertThat(named).as("metrics named by %s", query).isNotEmpty();
      for (String name : named) {
        if (name.startsWith("hikaricp_") && !ON_POSTGRESQL) {
          continue; // the pool exists on PostgreSQL only; the PostgreSQL run checks these
        }
        assertThat(exported.names()).as("the metric %s of %s", name, query).contains(name);
      }
    }
  }
}
