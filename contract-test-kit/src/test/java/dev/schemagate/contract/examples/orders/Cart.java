package dev.schemagate.contract.examples.orders;

import java.util.List;

/** What the customer checks out. */
public record Cart(String customerId, List<OrderLine> lines, Currency currency, String channel) {}
