package dev.schemagate.contract.examples;

import static dev.schemagate.contract.examples.orders.Carts.CLOCK;
import static dev.schemagate.contract.examples.orders.Carts.TEA_AND_MUGS;

import dev.schemagate.contract.CapturedEvents;
import dev.schemagate.contract.EventContractTest;
import dev.schemagate.contract.EventContracts;
import dev.schemagate.contract.examples.orders.OrderService;
import org.junit.jupiter.api.Test;

/** A producer's contract test against JSON Schema files kept beside the code. */
@EventContractTest(schemas = "src/test/resources/contracts/json")
class OrderServiceContractTest {

  @Test
  void order_placed_matches_its_contract(EventContracts contracts) {
    OrderService orders = new OrderService(event -> {}, CLOCK);

    contracts.assertThat(orders.place(TEA_AND_MUGS, "corr-1")).conformsTo("OrderPlaced");
  }

  @Test
  void every_event_the_service_publishes_matches_its_contract(EventContracts contracts) {
    CapturedEvents published = contracts.capture();
    OrderService orders = new OrderService(published, CLOCK);

    orders.place(TEA_AND_MUGS, "corr-1");
    orders.place(TEA_AND_MUGS, "corr-2");

    published.assertAllConform();
  }

  @Test
  void order_placed_carries_the_event_envelope(EventContracts contracts) {
    OrderService orders = new OrderService(event -> {}, CLOCK);

    contracts.requireEnvelope().assertThat(orders.place(TEA_AND_MUGS, "corr-1")).conformsTo("OrderPlaced");
  }
}
