package dev.schemagate.server.console;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.testing.CoreExpectations;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import org.junit.jupiter.api.Test;

class ConsoleApiTest extends ServerTest {

  @Test
  void the_diff_of_two_versions_marks_each_change_with_its_rule_sentence_and_witness_at_the_subjects_level() {
    client.register("users-value", null, USER_V1);
    client.put("/config/users-value", json("{\"compatibility\":\"NONE\"}"));
    client.register("users-value", null, USER_V2_WITHOUT_DEFAULT);
    client.put("/config/users-value", json("{\"compatibility\":\"BACKWARD\"}"));

    Answer answer = client.get("/ui/api/subjects/users-value/diff?from=1&to=2");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).isEqualTo(json("""
        {"level":"BACKWARD","compatible":false,"changes":[
          {"change":"ADDED","what":"field \\"age\\"","oldPointer":"/fields","newPointer":"/fields/1","compatible":false,
           "before":null,"after":{"name":"age","type":"int"},
           "breaks":[{"rule":"READER_FIELD_MISSING_DEFAULT_VALUE","path":"/fields/1","oldVersion":1,"direction":"NEW_CANNOT_READ_OLD",
             "message":"Field \\"age\\" is new and has no default, so events written with version 1 cannot be read; add a default.",
             "witness":{"name":"q"}}]}],
         "otherBreaks":[]}"""));
    // the breaks are exactly what the core's checker reports for the pair, witness included
    assertThat(answer.json().at("/changes/0/breaks")).isEqualTo(CoreExpectations.incompatibilities(
        CoreExpectations.report(SchemaType.AVRO, USER_V1, USER_V2_WITHOUT_DEFAULT, CompatibilityLevel.BACKWARD)));
  }

  @Test
  void a_compatible_change_is_marked_compatible_and_breaks_nothing() {
    client.register("users-value", null, USER_V1);
    client.register("users-value", null, USER_V2_WITH_DEFAULT);

    Answer answer = client.get("/ui/api/subjects/users-value/diff?from=1&to=latest");

    assertThat(answer.json()).isEqualTo(json("""
        {"level":"BACKWARD","compatible":true,"changes":[
          {"change":"ADDED","what":"field \\"email\\"","oldPointer":"/fields","newPointer":"/fields/1","compatible":true,
           "before":null,"after":{"name":"email","type":"string","default":""},"breaks":[]}],
         "otherBreaks":[]}"""));
  }

  @Test
  void a_diff_without_both_versions_or_of_a_missing_version_is_a_clear_error() {
    client.register("users-value", null, USER_V1);

    assertThat(client.get("/ui/api/subjects/users-value/diff?from=1").json()).isEqualTo(json("""
        {"error_code":400,"message":"The query parameter \\"to\\" must name a version: a number or latest."}"""));
    Answer missing = client.get("/ui/api/subjects/users-value/diff?from=1&to=7");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error_code").asInt()).isEqualTo(40402);
  }

  @Test
  void a_sample_event_of_a_version_is_valid_for_it_and_the_same_each_time() {
    client.register("users-value", null, USER_V1);

    Answer first = client.get("/ui/api/subjects/users-value/versions/1/sample");
    Answer again = client.get("/ui/api/subjects/users-value/versions/latest/sample");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("event").get("name").isTextual()).isTrue();
    assertThat(first.json().properties()).hasSize(1);
    assertThat(again.json()).isEqualTo(first.json());
  }

  @Test
  void a_protobuf_version_has_no_sample_and_says_why() {
    client.register("p-value", "PROTOBUF", "syntax = \"proto3\"; message P { string a = 1; }");

    assertThat(client.get("/ui/api/subjects/p-value/versions/1/sample").json()).isEqualTo(json("""
        {"event":null,"reason":"No sample event can be generated for this schema: samples are made for Avro and JSON Schema\
         versions whose constraints can be met."}"""));
  }

  @Test
  void the_subject_list_is_filtered_by_any_part_of_the_name_and_paged_on_the_server() {
    for (String name : new String[] {"billing-value", "orders-key", "orders-value", "payments-value"}) {
      client.register(name, null, USER_V1);
    }
    client.put("/config/orders-value", json("{\"compatibility\":\"FULL\"}"));

    Answer page = client.get("/ui/api/subjects?q=ORDERS&offset=1&limit=1");

    assertThat(page.json()).isEqualTo(json("""
        {"total":2,"subjects":[{"name":"orders-value","type":"AVRO","latestVersion":1,"versions":1,"deleted":false,
          "level":"FULL","policy":"STRICT","mode":"READWRITE"}]}"""));
  }

  @Test
  void soft_deleted_subjects_are_listed_only_when_asked_and_marked_deleted() {
    client.register("gone-value", null, USER_V1);
    client.register("kept-value", null, USER_V1);
    client.delete("/subjects/gone-value");

    assertThat(client.get("/ui/api/subjects").json().get("total").asInt()).isEqualTo(1);
    Answer deleted = client.get("/ui/api/subjects?show=deleted");
    assertThat(deleted.json().get("subjects").get(0).get("name").asText()).isEqualTo("gone-value");
    assertThat(deleted.json().get("subjects").get(0).get("deleted").asBoolean()).isTrue();
    assertThat(client.get("/ui/api/subjects?show=all").json().get("total").asInt()).isEqualTo(2);
  }

  @Test
  void a_page_size_out_of_bounds_or_an_unknown_filter_is_refused() {
    assertThat(client.get("/ui/api/subjects?limit=5000").json()).isEqualTo(json("""
        {"error_code":400,"message":"The query parameter \\"limit\\" must be from 1 to 200, not 5000."}"""));
    assertThat(client.get("/ui/api/subjects?show=stale").json()).isEqualTo(json("""
        {"error_code":400,"message":"The query parameter \\"show\\" must be live, all or deleted, not \\"stale\\"."}"""));
  }

  @Test
  void the_console_page_is_served_with_a_policy_that_allows_only_its_own_files() {
    Answer page = client.get("/ui");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.text()).contains("<script src=\"/ui/console.js\"></script>").doesNotContain("http://", "https://");
    assertThat(client.get("/ui/console.js").text()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(");
    assertThat(client.get("/ui/views.js").text()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(");
    assertThat(client.get("/ui/other.js").status()).isEqualTo(404);
  }
}
