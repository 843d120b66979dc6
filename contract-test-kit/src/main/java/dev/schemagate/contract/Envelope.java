package dev.schemagate.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The metadata every event carries in event-driven practice, and where it sits in the event's JSON.
 * {@link #standard()} expects top-level {@code eventId}, {@code eventType} (a past-tense name such as
 * {@code OrderPlaced}), {@code aggregateId}, {@code timestamp} (epoch milliseconds or an ISO-8601
 * instant), {@code version} (a positive integer), {@code correlationId} and {@code causationId}.
 * Each name can be changed, also to a JSON pointer into a nested object:
 *
 * <pre>{@code
 * Envelope.standard().eventId("id").timestamp("/metadata/occurredAt")
 * }</pre>
 *
 * Immutable: every setter answers a new envelope.
 */
public final class Envelope {
  /** The roles of the envelope fields, in the order problems are reported. */
  enum Role { EVENT_ID, EVENT_TYPE, AGGREGATE_ID, TIMESTAMP, VERSION, CORRELATION_ID, CAUSATION_ID }

  private final Map<Role, String> names;
  private final boolean pastTense;

  private Envelope(Map<Role, String> names, boolean pastTense) {
    this.names = names;
    this.pastTense = pastTense;
  }

  public static Envelope standard() {
    Map<Role, String> names = new LinkedHashMap<>();
    names.put(Role.EVENT_ID, "eventId");
    names.put(Role.EVENT_TYPE, "eventType");
    names.put(Role.AGGREGATE_ID, "aggregateId");
    names.put(Role.TIMESTAMP, "timestamp");
    names.put(Role.VERSION, "version");
    names.put(Role.CORRELATION_ID, "correlationId");
    names.put(Role.CAUSATION_ID, "causationId");
    return new Envelope(names, true);
  }

  public Envelope eventId(String name) {
    return with(Role.EVENT_ID, name);
  }

  public Envelope eventType(String name) {
    return with(Role.EVENT_TYPE, name);
  }

  public Envelope aggregateId(String name) {
    return with(Role.AGGREGATE_ID, name);
  }

  public Envelope timestamp(String name) {
    return with(Role.TIMESTAMP, name);
  }

  public Envelope version(String name) {
    return with(Role.VERSION, name);
  }

  public Envelope correlationId(String name) {
    return with(Role.CORRELATION_ID, name);
  }

  public Envelope causationId(String name) {
    return with(Role.CAUSATION_ID, name);
  }

  /** Whether the event type must be a past-tense name ({@code OrderPlaced}, not {@code PlaceOrder}); on by default. */
  public Envelope pastTenseEventType(boolean required) {
    return new Envelope(names, required);
  }

  Map<Role, String> names() {
    return names;
  }

  boolean pastTense() {
    return pastTense;
  }

  private Envelope with(Role role, String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.equals("/")) {
      throw new IllegalArgumentException("An envelope field needs a name or a JSON pointer, but it was \"" + name + "\".");
    }
    Map<Role, String> changed = new LinkedHashMap<>(names);
    changed.put(role, name);
    return new Envelope(changed, pastTense);
  }

  @Override
  public String toString() {
    return "Envelope" + names.values();
  }
}
