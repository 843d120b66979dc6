package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.schemagate.contract.CapturedEvents;
import dev.schemagate.contract.EventContractsExtension;
import dev.schemagate.contract.SampleEvent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgrammaticContractTest {
  @RegisterExtension
  static EventContractsExtension contracts = EventContractsExtension.create(config -> config.classpath("schemas"));

  @Test
  void captured_events_conform() {
    CapturedEvents published = contracts.capture();
    published.accept(new OrderPlaced("ord-1", new BigDecimal("9.50")));

    published.assertAllConform();
  }

  @Test
  void samples_read_into_the_consumers_type() {
    for (SampleEvent sample : contracts.samples("OrderPlaced", 5)) {
      OrderPlaced order = sample.as(OrderPlaced.class);
      assertEquals(sample.json().get("orderId").asText(), order.orderId());
    }
  }
}
