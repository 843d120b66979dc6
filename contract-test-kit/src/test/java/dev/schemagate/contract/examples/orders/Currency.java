package dev.schemagate.contract.examples.orders;

public enum Currency {
  EUR,
  USD,
  GBP
}
