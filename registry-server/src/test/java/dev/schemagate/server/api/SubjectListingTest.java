package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.server.testing.HttpClientForTests;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /subjects}, written as it is read: offset and limit with every filter, and the exact bytes. */
class SubjectListingTest extends ServerTest {

  @BeforeEach
  void registerFiveSubjectsAndDeleteTwo() {
    for (String subject : List.of("a-key", "a-value", "b-key", "b-value", "c-value")) {
      client.register(subject, null, USER_V1);
    }
    client.delete("/subjects/a-value");
    client.delete("/subjects/b-value");
  }

  @Test
  void the_listing_is_the_same_bytes_jackson_writes_for_the_list() throws Exception {
    Answer answer = client.get("/subjects");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
    assertThat(answer.text()).isEqualTo("[\"a-key\",\"b-key\",\"c-value\"]")
        .isEqualTo(HttpClientForTests.MAPPER.writeValueAsString(List.of("a-key", "b-key", "c-value")));
    assertThat(client.get("/subjects?subjectPrefix=x").text()).isEqualTo("[]");
  }

  @Test
  void names_that_need_escaping_are_written_as_jackson_writes_them() throws Exception {
    String odd = "quote\"back\\slash-zählung-☃";
    client.register(URLEncoder.encode(odd, StandardCharsets.UTF_8).replace("+", "%20"), null, USER_V1);

    Answer answer = client.get("/subjects?subjectPrefix=quote");

    assertThat(answer.text()).isEqualTo(HttpClientForTests.MAPPER.writeValueAsString(List.of(odd)));
    assertThat(answer.json().get(0).asText()).isEqualTo(odd);
  }

  @Test
  void offset_and_limit_page_the_live_subjects() {
    assertThat(client.get("/subjects?limit=2").json()).isEqualTo(json("[\"a-key\",\"b-key\"]"));
    assertThat(client.get("/subjects?offset=1&limit=1").json()).isEqualTo(json("[\"b-key\"]"));
    assertThat(client.get("/subjects?offset=2&limit=10").json()).isEqualTo(json("[\"c-value\"]"));
    assertThat(client.get("/subjects?offset=3").json()).isEqualTo(json("[]"));
    assertThat(client.get("/subjects?offset=1000000&limit=5").json()).isEqualTo(json("[]"));
  }

  @Test
  void a_limit_of_zero_or_less_and_a_negative_offset_mean_all() {
    String all = "[\"a-key\",\"b-key\",\"c-value\"]";
    assertThat(client.get("/subjects?limit=0").json()).isEqualTo(json(all));
    assertThat(client.get("/subjects?limit=-1").json()).isEqualTo(json(all));
    assertThat(client.get("/subjects?offset=-5&limit=-3").json()).isEqualTo(json(all));
  }

  @Test
  void offset_and_limit_page_with_deleted_subjects_and_only_deleted_ones() {
    assertThat(client.get("/subjects?deleted=true&offset=1&limit=3").json())
        .isEqualTo(json("[\"a-value\",\"b-key\",\"b-value\"]"));
    assertThat(client.get("/subjects?deletedOnly=true").json()).isEqualTo(json("[\"a-value\",\"b-value\"]"));
    assertThat(client.get("/subjects?deletedOnly=true&offset=1&limit=1").json()).isEqualTo(json("[\"b-value\"]"));
    assertThat(client.get("/subjects?deletedOnly=true&offset=2").json()).isEqualTo(json("[]"));
  }

  @Test
  void offset_and_limit_apply_after_the_prefix() {
    assertThat(client.get("/subjects?subjectPrefix=b-&deleted=true&offset=1").json()).isEqualTo(json("[\"b-value\"]"));
    assertThat(client.get("/subjects?subjectPrefix=a-&limit=1").json()).isEqualTo(json("[\"a-key\"]"));
    assertThat(client.get("/subjects?subjectPrefix=c&offset=1").json()).isEqualTo(json("[]"));
  }

  @Test
  void a_subject_with_a_live_version_after_a_deleted_one_is_listed_as_live() {
    client.register("c-value", null, USER_V2_WITH_DEFAULT);
    client.delete("/subjects/c-value/versions/1");

    assertThat(client.get("/subjects?subjectPrefix=c").json()).isEqualTo(json("[\"c-value\"]"));
    assertThat(client.get("/subjects?subjectPrefix=c&deletedOnly=true").json()).isEqualTo(json("[]"));
  }

  @Test
  void a_bad_offset_limit_or_flag_is_a_400_before_anything_is_written() {
    Answer limit = client.get("/subjects?limit=ten");
    Answer offset = client.get("/subjects?offset=1.5");
    Answer flag = client.get("/subjects?deleted=yes");

    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.json()).isEqualTo(json(
        "{\"error_code\":400,\"message\":\"The query parameter \\\"limit\\\" must be a whole number, not \\\"ten\\\".\"}"));
    assertThat(offset.status()).isEqualTo(400);
    assertThat(offset.json().get("error_code").asInt()).isEqualTo(400);
    assertThat(flag.status()).isEqualTo(400);
    assertThat(flag.json().get("message").asText()).contains("\"deleted\"");
  }
}
