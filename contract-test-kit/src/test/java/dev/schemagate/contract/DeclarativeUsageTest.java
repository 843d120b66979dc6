package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.contract.Fixtures.Fixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each attribute of @EventContractTest does. */
class DeclarativeUsageTest {
  private static final Map<String, Object> ORDER_LINE = Map.of("sku", "TEA-001", "quantity", 2, "unitPrice", 4.5);

  @Fixture
  @EventContractTest(schemas = "src/test/resources/contracts/json")
  static class FromADirectory {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat(ORDER_LINE).conformsTo("OrderLine");
    }
  }

  @Fixture
  @EventContractTest(classpath = "/contracts/json/")
  static class FromTheClasspath {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat(ORDER_LINE).conformsTo("OrderLine");
      assertThat(contracts.schema("OrderLine").origin()).startsWith("file:").endsWith("/contracts/json/OrderLine.json");
    }
  }

  @Fixture
  @EventContractTest(schemas = "${schemagate.test.contracts}/json")
  static class WithAPlaceholder {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat(ORDER_LINE).conformsTo("OrderLine");
    }
  }

  @Fixture
  @EventContractTest(schemas = "src/test/resources/contracts/json", requireEnvelope = true)
  static class RequiringTheEnvelope {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat(ORDER_LINE).conformsTo("OrderLine");
    }
  }

  @Test
  void a_directory_is_read_relative_to_the_working_directory() {
    assertThat(Fixtures.failures(FromADirectory.class)).isEmpty();
    assertThat(Fixtures.successes(FromADirectory.class)).isEqualTo(1);
  }

  @Test
  void a_classpath_folder_may_be_written_with_slashes_around_it() {
    assertThat(Fixtures.failures(FromTheClasspath.class)).isEmpty();
    assertThat(Fixtures.successes(FromTheClasspath.class)).isEqualTo(1);
  }

  @Test
  void placeholders_are_replaced_by_system_properties() {
    System.setProperty("schemagate.test.contracts", "src/test/resources/contracts");
    try {
      assertThat(Fixtures.failures(WithAPlaceholder.class)).isEmpty();
      assertThat(Fixtures.successes(WithAPlaceholder.class)).isEqualTo(1);
    } finally {
      System.clearProperty("schemagate.test.contracts");
    }
  }

  @Test
  void require_envelope_checks_every_event_for_the_envelope() {
    StringBuilder expected = new StringBuilder("The event (Map) does not conform to \"OrderLine\" version 1 from directory"
        + " src/test/resources/contracts/json; 7 problems:");
    for (String field : new String[] {"eventId", "eventType", "aggregateId", "timestamp", "version", "correlationId", "causationId"}) {
      expected.append("\n  OrderLine v1 #: Envelope field \"").append(field)
          .append("\" is missing, but every event must carry it; set it when the event is created.");
    }
    assertThat(Fixtures.failure(RequiringTheEnvelope.class)).isInstanceOf(ContractViolation.class).hasMessage(expected.toString());
  }
}
