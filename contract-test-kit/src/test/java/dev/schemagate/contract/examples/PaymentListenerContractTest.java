package dev.schemagate.contract.examples;

import static dev.schemagate.contract.examples.orders.Carts.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.contract.CapturedEvents;
import dev.schemagate.contract.EventContractsExtension;
import dev.schemagate.contract.SampleEvent;
import dev.schemagate.contract.examples.payments.OrderToPay;
import dev.schemagate.contract.examples.payments.PaymentListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer's contract test: the payment listener reads every version of OrderPlaced the order
 * service may send, copes with edge values, and what it publishes in turn meets its own contract.
 */
class PaymentListenerContractTest {
  @RegisterExtension
  static EventContractsExtension avro = EventContractsExtension.create(config -> config.classpath("contracts/avro"));

  @RegisterExtension
  static EventContractsExtension json = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/json"));

  @Test
  void the_listener_can_read_every_version_of_order_placed() {
    avro.assertReaderCanRead(PaymentListener.ORDER_PLACED_READER, "OrderPlaced");
  }

  @Test
  void the_listener_handles_sample_orders_with_edge_values_and_requests_valid_payments() {
    CapturedEvents payments = json.capture();
    PaymentListener listener = new PaymentListener(payments, CLOCK);

    for (SampleEvent order : avro.samples("OrderPlaced", 25)) {
      listener.on(order.avro());
    }

    assertThat(payments.size()).isPositive();
    payments.assertAllConform();
  }

  @Test
  void the_listener_reads_json_orders_into_its_own_view_and_requests_valid_payments() {
    CapturedEvents payments = json.capture();
    PaymentListener listener = new PaymentListener(payments, CLOCK);

    for (SampleEvent order : json.samples("OrderPlaced", 25)) {
      listener.on(order.as(OrderToPay.class));
    }

    assertThat(payments.size()).isPositive();
    payments.assertAllConform();
  }

  @Test
  void the_listener_can_read_every_version_of_the_json_order_placed() {
    json.assertReaderCanRead(PaymentListener.ORDER_PLACED_JSON_READER, "OrderPlaced");
  }
}
