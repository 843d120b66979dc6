package dev.schemagate.contract;

/**
 * Names the subject whose contract a captured event must meet. Any function from event to subject
 * will do; the factories cover the usual conventions.
 */
@FunctionalInterface
public interface SubjectNaming {

  /** The subject of the event; must not be null. */
  String subjectOf(Object event);

  /**
   * The event's simple name: an Avro record's name without namespace, otherwise the simple name of
   * the event's class ({@code com.acme.OrderPlaced} gives {@code OrderPlaced}). The default. A map or
   * a JSON tree names no subject: capture it with {@code publish(subject, event)} or use {@link #field}.
   */
  static SubjectNaming simpleName() {
    return TypeNaming.SIMPLE_NAME;
  }

  /** The event's full name, as Confluent's RecordNameStrategy: the Avro full name, else the class name. */
  static SubjectNaming fullName() {
    return TypeNaming.FULL_NAME;
  }

  /**
   * The text of one property of the event's JSON form, e.g. {@code field("eventType")} for events
   * that say what they are. A {@code /}-separated JSON pointer reaches into nested objects.
   */
  static SubjectNaming field(String name) {
    return new FieldNaming(name);
  }
}
