package dev.schemagate.contract.examples;

import static dev.schemagate.contract.examples.orders.Carts.CLOCK;
import static dev.schemagate.contract.examples.orders.Carts.TEA_AND_MUGS;

import dev.schemagate.contract.CapturedEvents;
import dev.schemagate.contract.EventContractTest;
import dev.schemagate.contract.EventContracts;
import dev.schemagate.contract.examples.orders.AvroOrderPublisher;
import dev.schemagate.contract.examples.orders.OrderService;
import dev.schemagate.core.avro.AvroSchema;
import org.junit.jupiter.api.Test;

/** A producer's contract test against Avro schemas on the classpath (as a schema catalog's jar ships them). */
@EventContractTest(classpath = "contracts/avro")
class OrderServiceAvroContractTest {

  @Test
  void the_order_placed_object_can_be_written_with_the_avro_contract(EventContracts contracts) {
    OrderService orders = new OrderService(event -> {}, CLOCK);

    contracts.assertThat(orders.place(TEA_AND_MUGS, "corr-1")).conformsTo("OrderPlaced");
  }

  @Test
  void the_avro_records_the_service_publishes_match_the_contract(EventContracts contracts) {
    AvroSchema latest = (AvroSchema) contracts.schema("OrderPlaced").schema();
    CapturedEvents published = contracts.capture();
    OrderService orders = new OrderService(new AvroOrderPublisher(latest.avro(), published), CLOCK);

    orders.place(TEA_AND_MUGS, "corr-1");

    published.assertAllConform();
  }

  @Test
  void a_service_still_on_version_1_writes_version_1(EventContracts contracts) {
    AvroSchema first = (AvroSchema) contracts.schema("OrderPlaced", 1).schema();
    AvroOrderPublisher publisher = new AvroOrderPublisher(first.avro(), event -> {});

    contracts.assertThat(publisher.toRecord(new OrderService(event -> {}, CLOCK).place(TEA_AND_MUGS, "corr-1")))
        .conformsTo("OrderPlaced", 1);
  }
}
