package dev.schemagate.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.schemagate.core.language.SchemaLanguage;
import dev.schemagate.core.language.SchemaLanguages;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericContainer;

/**
 * An event as the JSON its contract is checked against.
 *
 * <ul>
 *   <li>A {@code JsonNode} as it is; a {@code String} (or UTF-8 {@code byte[]}) is JSON text.
 *   <li>An Avro {@code GenericRecord} or {@code SpecificRecord}: its fields, as its language gives it.
 *   <li>Anything else (a POJO, a record, a {@code Map}) is serialized with the producer's {@link
 *       ObjectMapper}. For an Avro contract the JSON is only a step towards Avro, so the mapper is used
 *       with java.time values as ISO-8601 text ({@code Instant} for {@code timestamp-*}, {@code
 *       LocalDate} for {@code date}, {@code LocalTime} for {@code time-*}, {@code LocalDateTime} for
 *       {@code local-timestamp-*}), nulls kept, {@code BigDecimal} as a number for {@code decimal}
 *       and {@code UUID} as text for {@code uuid}.
 * </ul>
 */
final class EventJson {
  /** Like the mapper of a typical service: modules found on the classpath, ISO-8601 dates, tolerant of unknown properties. */
  private static final ObjectMapper DEFAULT =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** An event that cannot become JSON; the message is the sentence for the failure. */
  static final class NotReadable extends Exception {
    private static final long serialVersionUID = 1L;

    NotReadable(String message) {
      super(message, null, false, false);
    }
  }

  private EventJson() {}

  static ObjectMapper mapperOrDefault(ObjectMapper given) {
    return given != null ? given : DEFAULT;
  }

  /**
   * The mapper with the settings an Avro contract needs (see the class comment); the mapper itself
   * when it cannot be copied (a subclass without {@code copy()}).
   */
  static ObjectMapper forAvro(ObjectMapper mapper) {
    ObjectMapper copy;
    try {
      copy = mapper.copy();
    } catch (IllegalStateException notCopyable) {
      return mapper;
    }
    copy.registerModule(new JavaTimeModule());
    copy.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    copy.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    return copy;
  }

  static JsonNode of(Object event, ObjectMapper mapper) throws NotReadable {
    if (event instanceof JsonNode json) {
      return json;
    }
    if (event instanceof CharSequence text) {
      return parse(mapper, text.toString());
    }
    if (event instanceof byte[] bytes) {
      return parse(mapper, new String(bytes, StandardCharsets.UTF_8));
    }
    for (SchemaLanguage language : SchemaLanguages.all()) {
      Optional<JsonNode> own = language.eventJson(event);
      if (own.isPresent()) {
        return own.get();
      }
    }
    try {
      return mapper.valueToTree(event);
    } catch (IllegalArgumentException e) {
      throw new NotReadable("The event cannot be turned into JSON with the ObjectMapper in use (" + clean(e.getMessage())
          + "); give the kit the producer's ObjectMapper with objectMapper(...) or withObjectMapper(...).");
    }
  }

  /** How failures name the event: {@code OrderPlaced}, {@code Avro record com.acme.OrderPlaced}, {@code JSON text}. */
  static String describe(Object event) {
    if (event instanceof GenericContainer avro) {
      return "Avro " + avro.getSchema().getType().getName() + " " + avro.getSchema().getFullName();
    }
    if (event instanceof CharSequence || event instanceof byte[]) {
      return "JSON text";
    }
    if (event instanceof JsonNode) {
      return "JSON tree";
    }
    if (event instanceof Map<?, ?>) {
      return "Map";
    }
    return event == null ? "null" : event.getClass().getSimpleName();
  }

  private static JsonNode parse(ObjectMapper mapper, String text) throws NotReadable {
    try {
      JsonNode json = mapper.readTree(text);
      if (json == null || json.isMissingNode()) {
        throw new NotReadable("The event is empty text, not JSON; send the event's JSON document.");
      }
      return json;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new NotReadable("The event is not valid JSON text (" + clean(e.getOriginalMessage()) + where
          + "); send one complete JSON document.");
    }
  }

  /** A library message on one line, without character codes, source excerpts or a trailing period. */
  private static String clean(String message) {
    if (message == null) {
      return "no reason given";
    }
    String text = message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s+", " ").trim();
    int source = text.indexOf(" at [Source");
    text = source > 0 ? text.substring(0, source) : text;
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
