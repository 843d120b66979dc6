package dev.schemagate.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.schemagate.core.SchemaGateException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegistryErrorTest extends AgainstFakeRegistry {
  @Test
  void a_missing_subject_is_distinguishable_and_named_with_the_url() {
    registry.answer("GET", "/subjects/OrderPlaced/versions", 404,
        "{\"error_code\":40401,\"message\":\"Subject 'OrderPlaced' not found.\"}");

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, () -> client.versions("OrderPlaced"));

    assertThat(e).isInstanceOf(SchemaGateException.class);
    assertThat(e.isSubjectNotFound()).isTrue();
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.errorCode()).isEqualTo(40401);
    assertThat(e.registryMessage()).isEqualTo("Subject 'OrderPlaced' not found.");
    assertThat(e.url()).isEqualTo(registry.url() + "/subjects/OrderPlaced/versions");
    assertThat(e).hasMessage("Could not list the versions of subject \"OrderPlaced\": the registry at " + registry.url()
        + "/subjects/OrderPlaced/versions answered HTTP 404, error code 40401: Subject 'OrderPlaced' not found.");
  }

  @Test
  void a_missing_version_is_not_a_missing_subject() {
    registry.answer("GET", "/subjects/S/versions/9", 404, "{\"error_code\":40402,\"message\":\"Version 9 not found.\"}");

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, () -> client.version("S", 9));

    assertThat(e.isVersionNotFound()).isTrue();
    assertThat(e.isSubjectNotFound()).isFalse();
  }

  @Test
  void an_incompatible_registration_keeps_the_registry_reasons() {
    registry.answer("POST", "/subjects/S/versions", 409,
        "{\"error_code\":409,\"message\":\"Schema being registered is incompatible with an earlier schema\"}");

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class,
        () -> client.register("S", dev.schemagate.core.schema.SchemaType.AVRO, "\"int\"", java.util.List.of()));

    assertThat(e.isIncompatible()).isTrue();
    assertThat(e).hasMessageEndingWith("answered HTTP 409, error code 409: Schema being registered is incompatible with an earlier schema.");
  }

  @Test
  void a_body_that_is_not_json_is_quoted_briefly() {
    registry.answer("GET", "/subjects", 502, "<html>\n<body>Bad gateway</body>\n</html>");

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, client::subjects);

    assertThat(e.errorCode()).isZero();
    assertThat(e).hasMessage("Could not list subjects: the registry at " + registry.url()
        + "/subjects answered HTTP 502: <html> <body>Bad gateway</body> </html>.");
  }

  @Test
  void a_success_that_is_not_the_api_json_says_the_url_may_be_wrong() {
    registry.answer("GET", "/subjects", 200, "{\"hello\":\"world\"}");

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, client::subjects);

    assertThat(e).hasMessage("Could not list subjects: the registry at " + registry.url()
        + "/subjects answered with JSON that is not an array; check that the URL points at a schema registry.");
  }

  @Test
  void a_schema_type_schemagate_does_not_read_is_named() {
    registry.answer("GET", "/schemas/ids/3", 200, "{\"schema\":\"struct A {}\",\"schemaType\":\"THRIFT\"}");

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, () -> client.schemaById(3));

    assertThat(e).hasMessage("Could not get the schema with id 3: the registry at " + registry.url()
        + "/schemas/ids/3 answered with a THRIFT schema, which SchemaGate does not read (only AVRO, JSON and PROTOBUF).");
  }

  @Test
  void a_registry_that_is_not_running_is_unreachable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    RegistryClient nowhere = RegistryClient.create(config -> config.url("http://127.0.0.1:" + port));

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, nowhere::subjects);

    assertThat(e.isUnreachable()).isTrue();
    assertThat(e).hasMessage("Could not list subjects: the registry at http://127.0.0.1:" + port
        + "/subjects cannot be reached (connection refused); check the registry URL and that the registry is running.");
  }

  @Test
  void a_host_name_that_does_not_resolve_is_not_called_a_refused_connection() {
    RegistryClient nowhere = RegistryClient.create(config -> config.url("http://no-such-host.invalid"));

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, nowhere::subjects);

    assertThat(e.isUnreachable()).isTrue();
    assertThat(e).hasMessage("Could not list subjects: the registry at http://no-such-host.invalid/subjects cannot be reached"
        + " (its host name does not resolve); check the registry URL and that the registry is running.");
  }

  @Test
  void an_https_url_of_a_server_without_tls_names_the_handshake() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      // answers every connection in plain HTTP, also one the client may open again after the first fails
      Thread answer = new Thread(() -> {
        while (!plain.isClosed()) {
          try (java.net.Socket socket = plain.accept()) {
            socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
          } catch (java.io.IOException closed) {
            // the client gave up, or the test closed the server
          }
        }
      });
      answer.setDaemon(true);
      answer.start();
      RegistryClient tls = RegistryClient.create(config -> config.url("https://127.0.0.1:" + plain.getLocalPort()));

      RegistryClientException e = catchThrowableOfType(RegistryClientException.class, tls::subjects);

      assertThat(e).hasMessage("Could not list subjects: the registry at https://127.0.0.1:" + plain.getLocalPort() + "/subjects did"
          + " not complete a TLS handshake (it may not speak https, or this Java does not trust its certificate); check the registry"
          + " URL and that the registry is running.");
    }
  }

  @Test
  void a_registry_that_answers_too_slowly_times_out() {
    registry.answerSlowly("GET", "/subjects", 2_000);
    RegistryClient impatient = RegistryClient.create(config -> config.url(registry.url()).requestTimeout(Duration.ofMillis(200)));

    RegistryClientException e = catchThrowableOfType(RegistryClientException.class, impatient::subjects);

    assertThat(e.isUnreachable()).isTrue();
    assertThat(e).hasMessage("Could not list subjects: the registry at " + registry.url()
        + "/subjects did not answer within 200 ms; check the registry URL and that the registry is running.");
  }

  @Test
  void a_version_that_is_not_a_number_is_refused_before_any_request() {
    Throwable thrown = catchThrowableOfType(SchemaGateException.class, () -> client.version("S", "two"));

    assertThat(thrown).hasMessage("The version \"two\" is neither a version number nor \"latest\"; name a version such as 3 or \"latest\".");
    assertThat(registry.requests()).isEmpty();
  }

  @Test
  void a_url_that_is_not_http_is_refused() {
    Throwable thrown = catchThrowableOfType(SchemaGateException.class,
        () -> RegistryClient.create(config -> config.url("ftp://user:secret@host/")));

    assertThat(thrown).hasMessage(
        "The registry URL \"ftp://host/\" is not an http or https URL with a host; give one such as http://127.0.0.1:8081.");
  }
}
