package dev.schemagate.contract.examples.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A producer: places orders and publishes {@link OrderPlaced} to whoever listens (a message broker
 * in production, the test's {@code CapturedEvents} in a contract test).
 */
public final class OrderService {
  private final Consumer<Object> publisher;
  private final Clock clock;
  private final AtomicLong orders = new AtomicLong(1000);

  public OrderService(Consumer<Object> publisher, Clock clock) {
    this.publisher = publisher;
    this.clock = clock;
  }

  public OrderPlaced place(Cart cart, String correlationId) {
    BigDecimal total = cart.lines().stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_EVEN);
    UUID eventId = UUID.randomUUID();
    OrderPlaced event = new OrderPlaced(
        eventId, "OrderPlaced", "ord-" + orders.incrementAndGet(), clock.instant(), 1, correlationId, correlationId,
        cart.customerId(), cart.lines(), total, cart.currency(), LocalDate.now(clock), cart.channel(), null);
    publisher.accept(event);
    return event;
  }
}
