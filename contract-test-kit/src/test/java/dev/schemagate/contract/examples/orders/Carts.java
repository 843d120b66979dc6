package dev.schemagate.contract.examples.orders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Test data of the order examples. */
public final class Carts {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-17T10:15:30.123Z"), ZoneOffset.UTC);

  public static final Cart TEA_AND_MUGS = new Cart("cus-7", List.of(
      new OrderLine("TEA-001", 2, new BigDecimal("4.50")),
      new OrderLine("MUG-042", 1, new BigDecimal("12.00"))), Currency.EUR, "web");

  private Carts() {}
}
