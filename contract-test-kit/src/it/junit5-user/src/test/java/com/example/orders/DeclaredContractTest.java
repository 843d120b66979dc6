package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.schemagate.contract.EventContractTest;
import dev.schemagate.contract.EventContracts;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@EventContractTest(schemas = "src/test/resources/schemas")
class DeclaredContractTest {
  private EventContracts fromLifecycle;

  @BeforeEach
  void remember(EventContracts contracts) {
    fromLifecycle = contracts;
  }

  @Test
  void this_project_runs_on_junit_5() {
    String version = Test.class.getPackage().getImplementationVersion();
    assertTrue(version.startsWith("5."), "JUnit Jupiter " + version);
  }

  @Test
  void a_conforming_event_passes(EventContracts contracts) {
    contracts.assertThat(new OrderPlaced("ord-1", new BigDecimal("9.50"))).conformsTo("OrderPlaced");
    assertTrue(contracts == fromLifecycle);
  }

  @Test
  void a_broken_event_fails_with_every_problem(EventContracts contracts) {
    AssertionError failure = assertThrows(AssertionError.class,
        () -> contracts.assertThat(new OrderPlaced(null, new BigDecimal("-1"))).conformsTo("OrderPlaced"));

    assertEquals("The event (OrderPlaced) does not conform to \"OrderPlaced\" version 1 from directory"
        + " src/test/resources/schemas; 2 problems:\n"
        + "  OrderPlaced v1 #/orderId: The value is null but the schema wants \"string\"; write a string instead.\n"
        + "  OrderPlaced v1 #/total: The value -1 is below the minimum 0; use 0 or more.", failure.getMessage());
  }

  @Nested
  class Nested_classes {
    @Test
    void get_the_contracts_too(EventContracts contracts) {
      contracts.assertThat("{\"orderId\": \"ord-2\", \"total\": 0}").conformsTo("OrderPlaced");
    }
  }
}
