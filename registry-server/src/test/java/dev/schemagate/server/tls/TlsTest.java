package dev.schemagate.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.client.TestCertificates;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.RegistryServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from PEM files, with a certificate a private CA the test makes signed; core's client trusts the CA file. */
class TlsTest {
  @TempDir static Path dir;
  static TestCertificates certificates;
  static RegistryServer server;

  @BeforeAll
  static void start_a_registry_with_a_certificate_of_a_private_ca() {
    certificates = TestCertificates.create(dir);
    server = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(dir.resolve("registry.db"))
        .tls(certificates.serverCertificate(), certificates.serverKey())).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_server_speaks_https_and_a_client_given_the_ca_file_registers_and_reads() {
    RegistryClient client = RegistryClient.create(config -> config.url(server.url()).trustCertificates(certificates.caCertificate()));

    int id = client.register("OrderPlaced", SchemaType.AVRO,
        "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}", java.util.List.of());

    assertThat(server.url()).startsWith("https://127.0.0.1:");
    assertThat(id).isEqualTo(1);
    assertThat(client.subjects()).containsExactly("OrderPlaced");
  }

  @Test
  void a_client_without_the_ca_is_told_the_handshake_failed() {
    RegistryClient client = RegistryClient.create(config -> config.url(server.url()));

    assertThatThrownBy(client::subjects).isInstanceOf(RegistryClientException.class)
        .hasMessageContaining("did not complete a TLS handshake");
  }

  @Test
  void a_key_that_is_not_pkcs8_is_refused_with_the_command_that_converts_it() throws Exception {
    Path pkcs1 = dir.resolve("rsa-key.pem");
    Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");

    assertThatThrownBy(() -> PemKeyStore.load(certificates.serverCertificate(), pkcs1))
        .hasMessage("The TLS key file " + pkcs1 + " holds no unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert it with:"
            + " openssl pkcs8 -topk8 -nocrypt -in rsa-key.pem -out key.pem");
  }
}
