package dev.schemagate.contract.examples.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The event the order service publishes when a customer places an order: envelope first, then a fat payload. */
public record OrderPlaced(
    UUID eventId,
    String eventType,
    String aggregateId,
    Instant timestamp,
    int version,
    String correlationId,
    String causationId,
    String customerId,
    List<OrderLine> items,
    BigDecimal total,
    Currency currency,
    LocalDate placedOn,
    String channel,
    String couponCode) {}
