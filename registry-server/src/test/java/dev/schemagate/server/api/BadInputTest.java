package dev.schemagate.server.api;

import static dev.schemagate.server.testing.HttpClientForTests.MAPPER;
import static dev.schemagate.server.testing.HttpClientForTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.ServerConfig;
import dev.schemagate.server.testing.HttpClientForTests.Answer;
import dev.schemagate.server.testing.ServerTest;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a clear 4xx in Confluent's error shape, never a 500 or a stack trace. */
class BadInputTest extends ServerTest {
  private static final String CT = "application/vnd.schemaregistry.v1+json";
  private static final String TOO_LARGE = "HTTP 413 Request Entity Too Large: the request body is larger than this"
      + " server's limit of 64 KB (65536 bytes); send a smaller body, or start the server with a larger"
      + " --max-request-size (SCHEMAGATE_MAX_REQUEST_SIZE).";

  @Override
  protected void configure(ServerConfig config) {
    config.maxRequestBytes(64 * 1024);
  }

  private static void assertClean(Answer answer) {
    assertThat(answer.contentType()).isEqualTo(CT);
    assertThat(answer.json()).as(answer.text()).isNotNull();
    assertThat(answer.json().has("error_code")).as(answer.text()).isTrue();
    assertThat(answer.text()).doesNotContain("Exception", "\tat ", "dev.schemagate", "org.eclipse", "io.javalin");
  }

  @Test
  void malformed_json_is_400_with_where_it_breaks() {
    Answer answer = client.sendText("POST", "/subjects/x/versions", "{\"schema\": \"\\\"string\\\"\",", CT);

    assertThat(answer.status()).isEqualTo(400);
    assertClean(answer);
    assertThat(answer.json().get("message").asText()).startsWith("The request body is not valid JSON at line 1, column ");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[1,2]|422|422|The request body must be a JSON object, not an array.",
      "\"text\"|422|422|The request body must be a JSON object, not a string.",
      "{}|422|42201|The request has no \"schema\"; send the schema document as a JSON string in \"schema\".",
      "{\"schema\":null}|422|42201|The request has no \"schema\"; send the schema document as a JSON string in \"schema\".",
      "{\"schema\":42}|422|42201|\"schema\" must be the schema document as a JSON string, not a number.",
      "{\"schema\":{\"type\":\"string\"}}|422|42201|\"schema\" must be the schema document as a JSON string, not an object.",
      "{\"schema\":\"\"}|422|42201|\"schema\" is empty; send the schema document itself.",
      "{\"schema\":\"\\\"string\\\"\",\"schemaType\":\"XML\"}|422|42201|Unknown schema type \"XML\"; this registry reads (in capitals) AVRO, JSON, PROTOBUF.",
      "{\"schema\":\"\\\"string\\\"\",\"schemaType\":\"avro\"}|422|42201|Unknown schema type \"avro\"; this registry reads (in capitals) AVRO, JSON, PROTOBUF.",
      "{\"schema\":\"\\\"string\\\"\",\"schemaType\":1}|422|42201|\"schemaType\" must be a string such as \"AVRO\" or \"JSON\", not a number.",
      "{\"schema\":\"\\\"string\\\"\",\"references\":{}}|422|42201|\"references\" must be an array of {\"name\", \"subject\", \"version\"}, not an object.",
      "{\"schema\":\"\\\"string\\\"\",\"references\":[{\"name\":\"a\"}]}|422|42201|references/0 must have a non-empty string \"name\" and \"subject\" and a whole-number \"version\"; it is {\"name\":\"a\"}.",
      "{\"schema\":\"\\\"string\\\"\",\"id\":\"seven\"}|422|422|\"id\" must be a whole number, not \"seven\".",
      "{\"schema\":\"\\\"string\\\"\",\"metadata\":[]}|422|422|\"metadata\" must be a JSON object, not an array."})
  void wrong_shapes_and_field_types_are_named(String body, int status, int errorCode, String message) {
    Answer answer = client.sendText("POST", "/subjects/x/versions", body, CT);

    assertThat(answer.status()).isEqualTo(status);
    assertClean(answer);
    assertThat(answer.json()).isEqualTo(MAPPER.createObjectNode()
        .put("error_code", errorCode).put("message", message));
  }

  @Test
  void a_body_larger_than_the_limit_is_413() {
    String huge = "{\"schema\":\"" + "x".repeat(100 * 1024) + "\"}";

    Answer answer = client.sendText("POST", "/subjects/x/versions", huge, CT);

    assertThat(answer.status()).isEqualTo(413);
    assertClean(answer);
    assertThat(answer.json()).isEqualTo(MAPPER.createObjectNode().put("error_code", 413).put("message", TOO_LARGE));
  }

  @Test
  void a_body_declared_larger_than_the_limit_is_413_before_it_is_sent() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST /subjects/x/versions HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + CT
          + "\r\nContent-Length: 100000000\r\n\r\n{\"schema\":").getBytes(StandardCharsets.US_ASCII));

      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 413").contains("Content-Type: " + CT).endsWith(
          "{\"error_code\":413,\"message\":\"" + TOO_LARGE + "\"}");
    }
  }

  @Test
  void a_chunked_body_past_the_limit_is_413() {
    byte[] huge = ("{\"schema\":\"" + "x".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

    Answer answer = client.sendStream("POST", "/subjects/x/versions", huge, CT);

    assertThat(answer.status()).isEqualTo(413);
    assertClean(answer);
    assertThat(answer.json().get("message").asText()).isEqualTo(TOO_LARGE);
  }

  @Test
  void a_schema_nested_past_the_parser_limit_is_42201() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);

    Answer answer = client.register("x", "JSON", deep);

    assertThat(answer.status()).isEqualTo(422);
    assertClean(answer);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42201);
  }

  @Test
  void a_request_body_nested_too_deep_is_400() {
    String body = "{\"schema\":\"\\\"string\\\"\",\"metadata\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(200) + "}";

    Answer answer = client.sendText("POST", "/subjects/x/versions", body, CT);

    assertThat(answer.status()).isEqualTo(400);
    assertClean(answer);
  }

  @Test
  void deeply_nested_and_recursive_avro_schemas_are_answered_normally() {
    StringBuilder nested = new StringBuilder("\"string\"");
    for (int i = 0; i < 150; i++) {
      nested = new StringBuilder("{\"type\":\"record\",\"name\":\"R" + i + "\",\"fields\":[{\"name\":\"f\",\"type\":" + nested + "}]}");
    }
    String recursive = """
        {"type":"record","name":"Node","fields":[{"name":"next","type":["null","Node"],"default":null}]}""";

    assertThat(client.register("nested", null, nested.toString()).status()).isEqualTo(200);
    assertThat(client.register("recursive", null, recursive).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "version {0}")
  @ValueSource(strings = {"0", "-2", "-5", "99999999999", "abc", "1.5", "latest2"})
  void absurd_versions_are_42202(String version) {
    client.register("x", null, "\"string\"");

    Answer answer = client.get("/subjects/x/versions/" + version);

    assertThat(answer.status()).isEqualTo(422);
    assertClean(answer);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42202);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "a%2Fb,a/b",
      "with%20space,with space",
      "bestellungen-%C3%A4%C3%B6%C3%BC,bestellungen-äöü",
      "dots.and_under-score,dots.and_under-score",
      "%E6%B3%A8%E6%96%87,注文"})
  void odd_subject_names_round_trip(String encoded, String name) {
    assertThat(client.register(encoded, null, "\"string\"").status()).isEqualTo(200);

    assertThat(client.get("/subjects").json()).contains(MAPPER
        .getNodeFactory().textNode(name));
    assertThat(client.get("/subjects/" + encoded + "/versions/1").json().get("subject").asText()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"%20%20", "tab%09name", "bell%07"})
  void blank_names_and_control_characters_are_42208(String encoded) {
    Answer answer = client.register(encoded, null, "\"string\"");

    assertThat(answer.status()).isEqualTo(422);
    assertClean(answer);
    assertThat(answer.json().get("error_code").asInt()).isEqualTo(42208);
    assertThat(answer.json().get("message").asText()).startsWith("The specified subject '").contains("is not valid: it ");
  }

  @Test
  void what_jetty_refuses_before_the_api_is_answered_in_the_same_json_shape() throws Exception {
    Answer nul = client.register("a%00b", null, "\"string\"");
    assertThat(nul.status()).isEqualTo(400);
    assertClean(nul);

    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("NOT AN HTTP REQUEST\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Type: " + CT)
          .contains("{\"error_code\":400,\"message\":\"HTTP 400 Bad Request").doesNotContain("<html");
    }
  }

  @Test
  void a_subject_name_past_1000_characters_is_42208() {
    Answer answer = client.get("/subjects/" + "s".repeat(1001) + "/versions");

    assertThat(answer.json()).isEqualTo(json("{\"error_code\":42208,\"message\":\"The specified subject '"
        + "s".repeat(40) + "...' is not valid: it is longer than 1000 characters.\"}"));
  }

  @Test
  void a_reference_to_a_subject_name_no_path_could_hold_is_42201_without_echoing_it() {
    ObjectNode body = MAPPER.createObjectNode().put("schema", "\"string\"");
    body.putArray("references").addObject().put("name", "B").put("subject", "s".repeat(2_000)).put("version", 1);
    body.withArray("references").addObject().put("name", "C").put("subject", "tab\tname").put("version", 1);

    Answer answer = client.post("/subjects/x/versions", body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json()).isEqualTo(MAPPER.createObjectNode().put("error_code", 42201).put("message",
        "references/0 names the subject '" + "s".repeat(40) + "...', which is not valid: it is longer than 1000 characters."));
    body.withArray("references").remove(0);
    assertThat(client.post("/subjects/x/versions", body).json().get("message").asText())
        .isEqualTo("references/0 names the subject 'tab?name', which is not valid: it holds control characters.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"application/vnd.schemaregistry.v1+json", "application/vnd.schemaregistry+json",
      "application/json", "application/octet-stream", "none"})
  void every_content_type_clients_send_is_read_as_json(String contentType) {
    Answer answer = client.sendText("POST", "/subjects/x/versions", "{\"schema\":\"\\\"string\\\"\"}",
        contentType.equals("none") ? null : contentType);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).isEqualTo(CT);
  }

  @Test
  void an_unknown_path_is_a_json_404_and_a_wrong_method_a_json_405() {
    Answer missing = client.get("/no/such/path");
    Answer wrongMethod = client.sendText("PATCH", "/subjects", "", null);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json()).isEqualTo(json("{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}"));
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.json()).isEqualTo(json("{\"error_code\":405,\"message\":\"HTTP 405 Method Not Allowed\"}"));
  }

  @Test
  void wrong_query_parameters_are_400() {
    Answer answer = client.get("/subjects?deleted=maybe");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json()).isEqualTo(json(
        "{\"error_code\":400,\"message\":\"The query parameter \\\"deleted\\\" must be true or false, not \\\"maybe\\\".\"}"));
    assertThat(client.get("/subjects?limit=ten").status()).isEqualTo(400);
  }
}
