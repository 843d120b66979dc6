package dev.schemagate.contract.examples.payments;

import java.math.BigDecimal;
import java.util.UUID;

/** The payment service's own view of OrderPlaced: only what it needs (a tolerant reader). */
public record OrderToPay(UUID eventId, String aggregateId, String correlationId, String customerId, BigDecimal total, String currency) {}
