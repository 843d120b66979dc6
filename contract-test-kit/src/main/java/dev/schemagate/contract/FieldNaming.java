package dev.schemagate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.schema.Pointers;

/** {@link SubjectNaming#field(String)}: the subject is the text of one property of the event's JSON. */
final class FieldNaming implements SubjectNaming {
  private final String pointer;
  private final String name;

  FieldNaming(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("SubjectNaming.field needs a property name or a JSON pointer.");
    }
    this.name = name;
    this.pointer = name.startsWith("/") ? name : Pointers.append("", name);
  }

  @Override
  public String subjectOf(Object event) {
    return subjectOf(event, EventJson.mapperOrDefault(null));
  }

  String subjectOf(Object event, ObjectMapper mapper) {
    JsonNode json;
    try {
      json = EventJson.of(event, mapper);
    } catch (EventJson.NotReadable notJson) {
      throw new IllegalArgumentException(notJson.getMessage());
    }
    JsonNode value = json.at(pointer);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException("The event has no text in \"" + name + "\" to name its subject; set it, or capture"
          + " the event with publish(subject, event).");
    }
    return value.asText();
  }
}
