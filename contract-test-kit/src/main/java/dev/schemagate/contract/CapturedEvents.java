package dev.schemagate.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Collects what a producer publishes, for {@link #assertAllConform()}. Hand it to the producer as
 * its listener or {@code Consumer<Object>}, or call {@link #publish(String, Object)} from a
 * publisher test double that knows the subject. Thread-safe: producers may publish from any thread.
 *
 * <pre>{@code
 * CapturedEvents published = contracts.capture();
 * new OrderService(published::accept).place(cart);
 * published.assertAllConform();
 * }</pre>
 */
public final class CapturedEvents implements Consumer<Object> {
  private final DefaultEventContracts contracts;
  private final SubjectNaming naming;
  private final List<Captured> captured = new CopyOnWriteArrayList<>();

  record Captured(String subject, Object event) {}

  CapturedEvents(DefaultEventContracts contracts, SubjectNaming naming) {
    this.contracts = contracts;
    this.naming = naming;
  }

  /** Captures an event whose subject the {@link SubjectNaming} will name. */
  @Override
  public void accept(Object event) {
    captured.add(new Captured(null, event));
  }

  /** Captures an event with its subject given, as a publisher that knows its topic would. */
  public void publish(String subject, Object event) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("publish(subject, event) needs a subject; use accept(event) to have it named.");
    }
    captured.add(new Captured(subject, event));
  }

  /** The captured events in the order they came. */
  public List<Object> events() {
    List<Object> events = new ArrayList<>();
    captured.forEach(entry -> events.add(entry.event()));
    return events;
  }

  /** The captured events of one type, in order. */
  public <T> List<T> events(Class<T> type) {
    return captured.stream().map(Captured::event).filter(type::isInstance).map(type::cast).toList();
  }

  public int size() {
    return captured.size();
  }

  public void clear() {
    captured.clear();
  }

  /**
   * Fails with one {@link ContractViolation} listing every problem of every captured event against
   * the latest version of its subject, including events whose subject has no contract. Fails too
   * when nothing was captured.
   */
  public void assertAllConform() {
    contracts.checkAll(List.copyOf(captured), naming);
  }

  @Override
  public String toString() {
    return "CapturedEvents" + events();
  }
}
