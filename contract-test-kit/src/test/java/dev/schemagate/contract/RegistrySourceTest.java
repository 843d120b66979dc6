package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.contract.Fixtures.Fixture;
import dev.schemagate.contract.examples.payments.PaymentListener;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.RegistryServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

/** Contracts from a real registry-server started for this test, reached over HTTP through schema-core's client. */
class RegistrySourceTest {
  private static final Path AVRO = Path.of("src/test/resources/contracts/avro");
  private static final Map<String, Object> LINE = Map.of("sku", "TEA-001", "quantity", 2, "unitPrice", 4.5);

  @TempDir
  static Path folder;

  static RegistryServer server;
  static RegistryClient admin;

  @BeforeAll
  static void start_a_registry_holding_the_order_contracts() throws IOException {
    server = RegistryServer.create(config -> {
      config.host("127.0.0.1");
      config.port(0);
      config.database(folder.resolve("registry.db"));
    }).start();
    admin = RegistryClient.create(config -> config.url(server.url()));
    admin.register("OrderLine", SchemaType.AVRO, read(AVRO.resolve("OrderLine.avsc")), List.of());
    List<SchemaReference> orderLine = List.of(new SchemaReference("com.acme.shop.OrderLine", "OrderLine", 1));
    for (Path version : List.of(AVRO.resolve("OrderPlaced/1.avsc"), AVRO.resolve("OrderPlaced/2.avsc"), AVRO.resolve("OrderPlaced.avsc"))) {
      admin.register("OrderPlaced", SchemaType.AVRO, read(version), orderLine);
    }
    admin.register("PaymentRequested", SchemaType.JSON, read(Path.of("src/test/resources/contracts/json/PaymentRequested.json")), List.of());
    admin.register("ShipmentLabel", SchemaType.PROTOBUF,
        "syntax = \"proto3\";\nmessage ShipmentLabel {\n  string tracking = 1;\n}\n", List.of());
  }

  @AfterAll
  static void stop_the_registry() {
    server.close();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static EventContracts registry() {
    return EventContractsExtension.create(config -> config.registry(server.url()));
  }

  @Test
  void the_latest_version_is_the_contract_unless_a_version_is_pinned() {
    EventContracts contracts = registry();

    assertThat(contracts.versions("OrderPlaced")).containsExactly(1, 2, 3);
    assertThat(contracts.schema("OrderPlaced").version()).isEqualTo(3);
    assertThat(contracts.schema("OrderPlaced", 1).origin()).isEqualTo(server.url() + "/subjects/OrderPlaced/versions/1");
    contracts.assertThat(LINE).conformsTo("OrderLine");
    contracts.assertThat(LINE).conformsTo("OrderLine", 1);
  }

  @Test
  void references_are_fetched_so_that_events_with_shared_types_are_checked() {
    EventContracts contracts = registry();
    SampleEvent order = contracts.sample("OrderPlaced");

    contracts.assertThat(order.json()).conformsTo("OrderPlaced");
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertThat(((ObjectNode) order.json()).put("version", "one")).conformsTo("OrderPlaced", 1));
    assertThat(violation.getMessage()).startsWith("The event (JSON tree) does not conform to \"OrderPlaced\" version 1 from the"
        + " registry at " + server.url() + "; ");
  }

  @Test
  void a_consumer_reader_is_checked_against_every_registered_version() {
    registry().assertReaderCanRead(PaymentListener.ORDER_PLACED_READER, "OrderPlaced");

    ContractViolation violation = catchThrowableOfType(ContractViolation.class, () -> registry().assertReaderCanRead(
        "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"com.acme.shop\",\"fields\":[{\"name\":\"couponCode\",\"type\":\"string\"}]}",
        "OrderPlaced"));
    assertThat(violation.problems()).extracting(ContractProblem::version).containsExactly(3, 2, 1);
  }

  @Test
  void an_unknown_subject_names_the_registry_and_its_subjects() {
    assertThat(catchThrowableOfType(ExtensionConfigurationException.class,
        () -> registry().assertThat(LINE).conformsTo("OrderShipped"))).hasMessage(
        "registry(\"" + server.url() + "\"): no contract for subject \"OrderShipped\" in the registry at " + server.url()
            + ": the registry does not know the"
            + " subject; the subjects there are \"OrderLine\", \"OrderPlaced\", \"PaymentRequested\", \"ShipmentLabel\".");
  }

  @Test
  void an_unknown_version_lists_the_registered_ones() {
    assertThat(catchThrowableOfType(ExtensionConfigurationException.class,
        () -> registry().assertThat(LINE).conformsTo("OrderPlaced", 9))).hasMessage(
        "registry(\"" + server.url() + "\"): subject \"OrderPlaced\" has no version 9 in the registry at " + server.url()
            + "; its versions are 1, 2, 3.");
  }

  @Test
  void versions_are_kept_for_the_run_and_the_version_list_per_source() {
    EventContracts contracts = registry();
    admin.register("Reminder", SchemaType.JSON, "{\"type\": \"object\", \"additionalProperties\": false}", List.of());
    contracts.assertThat("{}").conformsTo("Reminder");

    admin.register("Reminder", SchemaType.JSON,
        "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {\"at\": {\"type\": \"string\"}}}", List.of());

    assertThat(contracts.versions("Reminder")).containsExactly(1);
    assertThat(registry().versions("Reminder")).containsExactly(1, 2);
    assertThat(registry().schema("Reminder", 1).schema()).isSameAs(contracts.schema("Reminder", 1).schema());
  }

  @Test
  void an_unreachable_registry_is_a_configuration_error_naming_the_url() {
    EventContracts nowhere = EventContractsExtension.create(config -> config.registry("http://127.0.0.1:1"));

    assertThat(catchThrowableOfType(ExtensionConfigurationException.class, () -> nowhere.versions("OrderPlaced"))).hasMessage(
        "registry(\"http://127.0.0.1:1\"): Could not list the versions of subject \"OrderPlaced\": the registry at"
            + " http://127.0.0.1:1/subjects/OrderPlaced/versions cannot be reached (connection refused); check the registry URL"
            + " and that the registry is running.");
  }

  @Test
  void basic_auth_and_bearer_tokens_reach_a_registry_behind_a_gate() throws IOException {
    String basic = "Basic " + Base64.getEncoder().encodeToString("ci:s3cret".getBytes(StandardCharsets.UTF_8));
    try (AuthProxy gate = AuthProxy.requiring(server.url(), basic); AuthProxy tokenGate = AuthProxy.requiring(server.url(), "Bearer t0ken")) {
      EventContractsExtension.create(config -> config.registry(gate.url(), client -> client.basicAuth("ci", "s3cret")))
          .assertThat(LINE).conformsTo("OrderLine");
      EventContractsExtension.create(config -> config.registry(tokenGate.url(), client -> client.bearerToken("t0ken")))
          .assertThat(LINE).conformsTo("OrderLine");

      ExtensionConfigurationException refused = catchThrowableOfType(ExtensionConfigurationException.class,
          () -> EventContractsExtension.create(config -> config.registry(gate.url(), client -> client.basicAuth("ci", "wrong")))
              .assertThat(LINE).conformsTo("OrderLine"));
      assertThat(refused).hasMessageContaining("answered HTTP 401").hasMessageContaining("Check the credentials");
      assertThat(refused.getMessage()).doesNotContain("wrong");
    }
  }

  @Fixture
  @EventContractTest(registryUrl = "${schemagate.test.registry}", registryUser = "ci", registryPassword = "${schemagate.test.password}")
  static class DeclaredWithCredentials {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat(LINE).conformsTo("OrderLine");
    }
  }

  @Test
  void the_annotation_takes_the_url_and_credentials_from_placeholders() throws IOException {
    String basic = "Basic " + Base64.getEncoder().encodeToString("ci:s3cret".getBytes(StandardCharsets.UTF_8));
    try (AuthProxy gate = AuthProxy.requiring(server.url(), basic)) {
      System.setProperty("schemagate.test.registry", gate.url());
      System.setProperty("schemagate.test.password", "s3cret");

      assertThat(Fixtures.failures(DeclaredWithCredentials.class)).isEmpty();
      assertThat(Fixtures.successes(DeclaredWithCredentials.class)).isEqualTo(1);
    } finally {
      System.clearProperty("schemagate.test.registry");
      System.clearProperty("schemagate.test.password");
    }
  }

  @Test
  void protobuf_subjects_serve_reader_checks_but_say_events_cannot_be_checked_yet() {
    EventContracts contracts = registry();
    contracts.assertReaderCanRead("syntax = \"proto3\";\nmessage ShipmentLabel {\n  string tracking = 1;\n  string carrier = 2;\n}\n",
        "ShipmentLabel");

    UnsupportedOperationException unsupported = catchThrowableOfType(UnsupportedOperationException.class,
        () -> contracts.assertThat("{}").conformsTo("ShipmentLabel"));
    assertThat(unsupported).hasMessageStartingWith("Version 1 of \"ShipmentLabel\" from " + server.url()
        + "/subjects/ShipmentLabel/versions/1 cannot check events: ");
  }
}
