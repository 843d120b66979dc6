package dev.schemagate.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.PrometheusText;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

/** {@code /metrics} through Micrometer: names and labels, and values that move with the requests answered. */
class MetricsTest extends ServerTest {
  private static final String REQUESTS = "http_server_requests_seconds_count";
  private static final String REGISTER_ROUTE = "/subjects/{subject}/versions";

  private PrometheusText scrape() {
    var answer = client.get("/metrics");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/plain; version=0.0.4");
    return new PrometheusText(answer.text());
  }

  @Test
  void requests_are_counted_and_timed_by_route_template_and_status_never_by_raw_path() {
    client.register("orders-value", null, USER_V1);
    PrometheusText before = scrape();

    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT);
    client.get("/subjects/orders-value/versions/1");
    client.get("/subjects/orders-value/versions/1");
    client.get("/no/such/place");
    PrometheusText after = scrape();

    assertThat(after.value(REQUESTS, "method", "POST", "route", REGISTER_ROUTE, "status", "200"))
        .isEqualTo(before.value(REQUESTS, "method", "POST", "route", REGISTER_ROUTE, "status", "200") + 1);
    assertThat(after.value(REQUESTS, "method", "POST", "route", REGISTER_ROUTE, "status", "409")).isEqualTo(1);
    assertThat(after.value(REQUESTS, "method", "GET", "route", "/subjects/{subject}/versions/{version}", "status", "200"))
        .isEqualTo(2);
    assertThat(after.value(REQUESTS, "method", "GET", "route", "unmatched", "status", "404")).isEqualTo(1);
    assertThat(after.value(REQUESTS, "method", "GET", "route", "/metrics", "status", "200")).isEqualTo(1);
    assertThat(after.matching(REQUESTS)).allSatisfy(sample ->
        assertThat(sample.labels().get("route")).doesNotContain("orders-value", "no/such"));
    // a histogram: cumulative buckets up to +Inf, which holds every request
    assertThat(after.value("http_server_requests_seconds_bucket", "route", REGISTER_ROUTE, "status", "409", "le", "+Inf"))
        .isEqualTo(1);
    assertThat(after.value("http_server_requests_seconds_bucket", "route", REGISTER_ROUTE, "status", "409", "le", "10.0"))
        .isEqualTo(1);
    assertThat(after.value("http_server_requests_seconds_sum", "method", "POST", "route", REGISTER_ROUTE, "status", "409"))
        .isPositive();
  }

  @Test
  void registrations_are_counted_by_outcome_and_refusals_by_the_rule_broken() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT);
    client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT);
    client.register("broken", null, "{\"type\":\"nothing-real\"}");

    PrometheusText metrics = scrape();

    assertThat(metrics.value("schemagate_registrations_total", "outcome", "added")).isEqualTo(1);
    assertThat(metrics.value("schemagate_registrations_total", "outcome", "existing")).isEqualTo(1);
    assertThat(metrics.value("schemagate_registration_refusals_total", "rule", "READER_FIELD_MISSING_DEFAULT_VALUE"))
        .isEqualTo(2);
    assertThat(metrics.value("schemagate_registration_refusals_total", "rule", "INVALID_SCHEMA")).isEqualTo(1);
  }

  @Test
  void compatibility_checks_are_timed_by_format_and_verdict() {
    client.register("orders-value", null, USER_V1);
    client.register("orders-value", null, USER_V2_WITH_DEFAULT);
    client.register("orders-value", null, USER_V2_WITHOUT_DEFAULT);
    client.register("payments-value", "JSON", "{\"type\":\"object\"}");
    client.register("payments-value", "JSON", "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}");

    PrometheusText metrics = scrape();

    String checks = "schemagate_compatibility_checks_seconds_count";
    // the first version of a subject is checked too, against an empty history
    assertThat(metrics.value(checks, "format", "AVRO", "result", "compatible", "explained", "false")).isEqualTo(2);
    assertThat(metrics.value(checks, "format", "AVRO", "result", "incompatible", "explained", "false")).isEqualTo(1);
    // a refused schema is checked again for its reasons
    assertThat(metrics.value(checks, "format", "AVRO", "result", "incompatible", "explained", "true")).isEqualTo(1);
    assertThat(metrics.value(checks, "format", "JSON", "result", "compatible", "explained", "false")
        + metrics.value(checks, "format", "JSON", "result", "incompatible", "explained", "false")).isEqualTo(2);
    assertThat(metrics.value("schemagate_compatibility_checks_seconds_sum", "format", "AVRO", "result", "incompatible",
        "explained", "true")).isPositive();
  }

  @Test
  void cache_lookups_store_calls_jvm_and_process_are_reported() {
    int id = client.register("orders-value", null, USER_V1).json().get("id").asInt();
    PrometheusText before = scrape();

    client.get("/schemas/ids/" + id);
    client.get("/schemas/ids/" + id);
    PrometheusText after = scrape();

    assertThat(after.value("cache_gets_total", "cache", "schemas", "result", "hit"))
        .isEqualTo(before.value("cache_gets_total", "cache", "schemas", "result", "hit") + 2);
    assertThat(after.value("cache_size", "cache", "schemas")).isEqualTo(1);
    assertThat(after.names()).contains("cache_gets_total", "cache_evictions_total");
    assertThat(after.matching("cache_size")).extracting(sample -> sample.labels().get("cache"))
        .containsExactlyInAnyOrder("schemas", "parsed_schemas", "subject_histories", "known_requests");
    assertThat(after.value("schemagate_store_calls_seconds_count", "operation", "addVersion", "outcome", "ok")).isEqualTo(1);
    assertThat(after.value("schemagate_store_calls_seconds_bucket", "operation", "addVersion", "outcome", "ok", "le", "+Inf"))
        .isEqualTo(1);
    assertThat(after.names()).contains("jvm_memory_used_bytes", "jvm_gc_memory_allocated_bytes_total", "jvm_threads_live_threads",
        "jvm_classes_loaded_classes", "process_cpu_usage", "process_uptime_seconds", "process_start_time_seconds",
        "process_files_open_files", "system_cpu_count");
    // one heap pool may be empty right after a collection (the young generation); the heap as a whole never is
    assertThat(after.matching("jvm_memory_used_bytes", "area", "heap")).isNotEmpty();
    assertThat(after.matching("jvm_memory_used_bytes", "area", "heap").stream().mapToDouble(PrometheusText.Sample::value).sum())
        .isPositive();
  }

  @Test
  void the_connection_pool_is_reported_on_postgresql_and_absent_on_sqlite_which_has_none() {
    PrometheusText metrics = scrape();

    if (ON_POSTGRESQL) {
      assertThat(metrics.value("hikaricp_connections_max", "pool", "schemagate")).isEqualTo(4);
      assertThat(metrics.names()).contains("hikaricp_connections_active", "hikaricp_connections_idle",
          "hikaricp_connections_pending", "hikaricp_connections_acquire_seconds_count", "hikaricp_connections_timeout_total");
    } else {
      assertThat(metrics.names()).noneMatch(name -> name.startsWith("hikaricp_"));
    }
  }

  @Test
  void the_confluent_named_metrics_are_still_there_with_their_values() {
    client.register("orders-value", null, USER_V1);
    client.register("users-value", null, USER_V1);

    PrometheusText metrics = scrape();

    assertThat(metrics.value("kafka_schema_registry_registered_count")).isEqualTo(2);
    assertThat(metrics.value("kafka_schema_registry_api_success_count")).isEqualTo(2);
    assertThat(metrics.value("kafka_schema_registry_node_count")).isEqualTo(1);
  }
}
