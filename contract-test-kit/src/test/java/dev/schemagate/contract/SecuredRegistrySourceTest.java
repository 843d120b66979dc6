package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.schemagate.contract.Fixtures.Fixture;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.TestCertificates;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.RegistryServer;
import dev.schemagate.server.auth.AuthConfig;
import dev.schemagate.server.auth.Users;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** Contracts from a registry-server with authentication behind HTTPS, its certificate signed by a private CA. */
class SecuredRegistrySourceTest {
  private static final Map<String, Object> LINE = Map.of("sku", "TEA-001", "quantity", 2, "unitPrice", 4.5);

  @TempDir static Path folder;
  static TestCertificates certificates;
  static RegistryServer server;

  @BeforeAll
  static void start_a_registry_with_users_and_tls() throws IOException {
    certificates = TestCertificates.create(folder);
    Path users = folder.resolve("users.json");
    Files.writeString(users, "{\"users\": {"
        + "\"kit\": {\"password\": \"" + hash("kit-s3cret") + "\", \"role\": \"reader\", \"subjects\": [\"Order*\"]},"
        + "\"ops\": {\"password\": \"" + hash("ops-s3cret") + "\", \"role\": \"admin\"}}}");
    server = RegistryServer.create(config -> config.host("127.0.0.1").port(0).database(folder.resolve("registry.db"))
        .tls(certificates.serverCertificate(), certificates.serverKey())
        .auth(new AuthConfig(Users.load(users), null, false))).start();
    RegistryClient ops = RegistryClient.create(config -> config.url(server.url())
        .trustCertificates(certificates.caCertificate()).basicAuth("ops", "ops-s3cret"));
    String orderLine = Files.readString(Path.of("src/test/resources/contracts/avro/OrderLine.avsc"));
    ops.register("OrderLine", SchemaType.AVRO, orderLine, List.of());
    ops.register("SecretLine", SchemaType.AVRO, orderLine, List.of());
  }

  @AfterAll
  static void stop_the_registry() {
    server.close();
  }

  private static String hash(String password) {
    return BCrypt.withDefaults().hashToString(4, password.toCharArray());
  }

  @Test
  void the_registry_source_reaches_an_https_registry_with_the_ca_and_basic_auth() {
    EventContractsExtension.create(config -> config.registry(server.url(),
            client -> client.trustCertificates(certificates.caCertificate()).basicAuth("kit", "kit-s3cret")))
        .assertThat(LINE).conformsTo("OrderLine");
  }

  @Test
  void a_subject_the_user_may_not_read_is_unknown_to_it() {
    EventContracts contracts = EventContractsExtension.create(config -> config.registry(server.url(),
        client -> client.trustCertificates(certificates.caCertificate()).basicAuth("kit", "kit-s3cret")));

    Throwable unknown = catchThrowableOfType(Throwable.class, () -> contracts.assertThat(LINE).conformsTo("SecretLine"));

    assertThat(unknown).hasMessageContaining("SecretLine").hasMessageContaining("OrderLine");
  }

  @Test
  void without_the_ca_the_registry_is_a_configuration_error_about_the_handshake() {
    ExtensionConfigurationException refused = catchThrowableOfType(ExtensionConfigurationException.class,
        () -> EventContractsExtension.create(config -> config.registry(server.url(), client -> client.basicAuth("kit", "kit-s3cret")))
            .assertThat(LINE).conformsTo("OrderLine"));

    assertThat(refused).hasMessageContaining("TLS handshake");
  }

  @Fixture
  @EventContractTest(registryUrl = "${schemagate.test.secured}", registryUser = "kit", registryPassword = "${schemagate.test.pw}",
      registryCaFile = "${schemagate.test.ca}")
  static class DeclaredWithCaFile {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat(LINE).conformsTo("OrderLine");
    }
  }

  @Test
  void the_annotation_takes_the_ca_file_from_a_placeholder() {
    try {
      System.setProperty("schemagate.test.secured", server.url());
      System.setProperty("schemagate.test.pw", "kit-s3cret");
      System.setProperty("schemagate.test.ca", certificates.caCertificate().toString());

      assertThat(Fixtures.failures(DeclaredWithCaFile.class)).isEmpty();
      assertThat(Fixtures.successes(DeclaredWithCaFile.class)).isEqualTo(1);
    } finally {
      System.clearProperty("schemagate.test.secured");
      System.clearProperty("schemagate.test.pw");
      System.clearProperty("schemagate.test.ca");
    }
  }
}
