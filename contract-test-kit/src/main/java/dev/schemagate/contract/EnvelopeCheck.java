package dev.schemagate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.validate.InstanceProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the {@link Envelope} fields of an event's JSON. */
final class EnvelopeCheck {
  /** Past participles that do not end in "ed", for event names such as {@code PaymentSent}. */
  private static final Set<String> IRREGULAR_PAST = Set.of(
      "begun", "bent", "bought", "broadcast", "brought", "built", "caught", "chosen", "come", "cut", "dealt", "done",
      "drawn", "driven", "fed", "felt", "found", "forgiven", "forgotten", "frozen", "given", "gone", "got", "gotten",
      "grown", "held", "hidden", "hit", "hung", "kept", "known", "laid", "led", "left", "lent", "lost", "made", "meant",
      "met", "paid", "put", "quit", "read", "rebuilt", "redone", "reset", "rewritten", "risen", "run", "said", "seen",
      "sent", "set", "shown", "shut", "sold", "spent", "split", "spoken", "stolen", "stuck", "swept", "taken", "told",
      "thrown", "undone", "upset", "withdrawn", "won", "written");
  /** Words ending in "ed" that are not past tense. */
  private static final Set<String> NOT_PAST = Set.of(
      "breed", "embed", "exceed", "feed", "indeed", "need", "proceed", "seed", "shed", "shred", "speed", "succeed");

  private EnvelopeCheck() {}

  static List<InstanceProblem> problems(JsonNode event, Envelope envelope) {
    List<InstanceProblem> problems = new ArrayList<>();
    for (Map.Entry<Envelope.Role, String> field : envelope.names().entrySet()) {
      String pointer = field.getValue().startsWith("/") ? field.getValue() : Pointers.append("", field.getValue());
      String name = field.getValue();
      JsonNode value = event.at(pointer);
      if (value.isMissingNode() || value.isNull()) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        problems.add(new InstanceProblem(value.isNull() ? pointer : parent, "Envelope field \"" + name + "\" is "
            + (value.isNull() ? "null" : "missing") + ", but every event must carry it; set it when the event is created."));
        continue;
      }
      String problem = problem(field.getKey(), name, value, envelope);
      if (problem != null) {
        problems.add(new InstanceProblem(pointer, problem));
      }
    }
    return problems;
  }

  private static String problem(Envelope.Role role, String name, JsonNode value, Envelope envelope) {
    String field = "Envelope field \"" + name + "\"";
    return switch (role) {
      case EVENT_ID, AGGREGATE_ID, CORRELATION_ID, CAUSATION_ID ->
          isId(value) ? null : field + " is " + kind(value) + ", but an id must be non-empty text or a number; set a real id.";
      case EVENT_TYPE -> !value.isTextual() || value.asText().isBlank()
          ? field + " is " + kind(value) + ", but it must name the event; set it to the event's name, such as \"OrderPlaced\"."
          : envelope.pastTense() && !isPastTense(value.asText())
              ? field + " is \"" + value.asText() + "\", which is not a past-tense name; name events for what happened,"
                  + " such as \"OrderPlaced\" rather than \"PlaceOrder\"."
              : null;
      case TIMESTAMP -> isInstant(value) ? null
          : field + " is " + kind(value) + ", which is neither epoch milliseconds nor an ISO-8601 instant; set when the event happened.";
      case VERSION -> value.canConvertToLong() && value.isIntegralNumber() && value.asLong() > 0 ? null
          : field + " is " + kind(value) + ", but it must be a positive whole number; set the version of the aggregate or event.";
    };
  }

  private static boolean isId(JsonNode value) {
    return value.isTextual() && !value.asText().isBlank() || value.isIntegralNumber();
  }

  private static boolean isInstant(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    if (!value.isTextual()) {
      return false;
    }
    try {
      OffsetDateTime.parse(value.asText());
      return true;
    } catch (DateTimeException notOffset) {
      try {
        Instant.parse(value.asText());
        return true;
      } catch (DateTimeException notInstant) {
        return false;
      }
    }
  }

  /** The last word of {@code OrderPlaced}, {@code order.placed}, {@code order_placed} or {@code payment-sent} is past tense. */
  static boolean isPastTense(String eventType) {
    String[] words = eventType.trim().split("(?<=[a-z0-9])(?=[A-Z])|[._\\-\\s/:]+");
    String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    return last.length() > 3 && last.endsWith("ed") && !NOT_PAST.contains(last) || IRREGULAR_PAST.contains(last);
  }

  private static String kind(JsonNode value) {
    if (value.isTextual()) {
      return value.asText().isBlank() ? "empty text" : "\"" + value.asText() + "\"";
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    return value.isArray() ? "an array" : "an object";
  }
}
