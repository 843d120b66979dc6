package dev.schemagate.contract.examples.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What the payment service publishes once it asked the customer to pay. */
public record PaymentRequested(
    UUID eventId,
    String eventType,
    String aggregateId,
    Instant timestamp,
    int version,
    String correlationId,
    String causationId,
    String orderId,
    BigDecimal amount,
    String currency) {}
