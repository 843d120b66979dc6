package dev.schemagate.contract.examples.payments;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * A consumer of OrderPlaced (and a producer of PaymentRequested): asks the customer to pay for every
 * order with something to pay. It reads OrderPlaced as JSON into {@link OrderToPay}, or as an Avro
 * record with {@link #ORDER_PLACED_READER}.
 */
public final class PaymentListener {
  /** The Avro reader schema the listener decodes OrderPlaced with: only the fields it uses. */
  public static final String ORDER_PLACED_READER = """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.shop", "fields": [
        {"name": "eventId", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "aggregateId", "type": "string"},
        {"name": "correlationId", "type": "string"},
        {"name": "customerId", "type": "string"},
        {"name": "total", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
        {"name": "currency", "type": {"type": "enum", "name": "Currency", "symbols": ["EUR", "USD", "GBP"]}}
      ]}""";

  /** The JSON Schema of what the listener reads from OrderPlaced: it ignores every other property. */
  public static final String ORDER_PLACED_JSON_READER = """
      {"type": "object",
       "required": ["eventId", "aggregateId", "correlationId", "customerId", "total", "currency"],
       "properties": {
         "eventId": {"type": "string"},
         "aggregateId": {"type": "string"},
         "correlationId": {"type": "string"},
         "customerId": {"type": "string"},
         "total": {"type": "number"},
         "currency": {"type": "string"}
       }}""";

  private final Consumer<Object> publisher;
  private final Clock clock;

  public PaymentListener(Consumer<Object> publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  public void on(OrderToPay order) {
    if (order.total().signum() <= 0) {
      return; // nothing to pay for a free order
    }
    UUID paymentId = UUID.randomUUID();
    publisher.accept(new PaymentRequested(
        paymentId, "PaymentRequested", "pay-" + paymentId, clock.instant(), 1, order.correlationId(),
        order.eventId().toString(), order.aggregateId(), order.total(), order.currency()));
  }

  public void on(GenericRecord orderPlaced) {
    Schema total = orderPlaced.getSchema().getField("total").schema();
    BigDecimal amount = new Conversions.DecimalConversion().fromBytes((ByteBuffer) orderPlaced.get("total"), total, total.getLogicalType());
    on(new OrderToPay(
        UUID.fromString(orderPlaced.get("eventId").toString()),
        orderPlaced.get("aggregateId").toString(),
        orderPlaced.get("correlationId").toString(),
        orderPlaced.get("customerId").toString(),
        amount,
        orderPlaced.get("currency").toString()));
  }
}
