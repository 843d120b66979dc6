package dev.schemagate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.apache.avro.generic.GenericContainer;

/**
 * Subjects named by the event's type: its Avro record name, else its class. A map, a JSON tree or
 * other plain data has a class that names no event, so it gets a sentence that says what to do
 * instead of a subject such as {@code MapN} or {@code ObjectNode}.
 */
enum TypeNaming implements SubjectNaming {
  SIMPLE_NAME, FULL_NAME;

  @Override
  public String subjectOf(Object event) {
    if (event instanceof GenericContainer avro) {
      return this == SIMPLE_NAME ? avro.getSchema().getName() : avro.getSchema().getFullName();
    }
    if (event instanceof Map || event instanceof JsonNode || event instanceof Iterable || event instanceof CharSequence
        || event instanceof Number || event instanceof Boolean) {
      String kind = event instanceof Map ? "a Map" : event instanceof JsonNode ? "a JSON tree"
          : event instanceof CharSequence ? "JSON text" : "a " + event.getClass().getSimpleName();
      throw new IllegalArgumentException("The event is " + kind + ", whose type names no subject; capture it with"
          + " publish(subject, event), or name subjects by a property of the event with"
          + " subjectNaming(SubjectNaming.field(\"eventType\")).");
    }
    return this == SIMPLE_NAME ? event.getClass().getSimpleName() : event.getClass().getName();
  }
}
