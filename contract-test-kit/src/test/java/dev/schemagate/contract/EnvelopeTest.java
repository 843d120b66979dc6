package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** requireEnvelope: the metadata fields every event carries, checked on top of the contract. */
class EnvelopeTest {
  /** A contract that takes any object, so that only envelope problems show. */
  static EventContractsExtension contracts = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/open"));

  private static Map<String, Object> event() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", "5f0c6a0e-8a5e-4f1b-9a59-3c1f8f1d2a10");
    event.put("eventType", "OrderPlaced");
    event.put("aggregateId", "ord-1");
    event.put("timestamp", "2024-05-17T10:15:30Z");
    event.put("version", 3);
    event.put("correlationId", "c-1");
    event.put("causationId", "c-0");
    return event;
  }

  private static Map<String, Object> event(String field, Object value) {
    Map<String, Object> event = event();
    event.put(field, value);
    return event;
  }

  private static List<ContractProblem> problems(EventContracts envelope, Object event) {
    return catchThrowableOfType(ContractViolation.class, () -> envelope.assertThat(event).conformsTo("AnyEvent")).problems();
  }

  private static ContractProblem problem(String path, String message) {
    return new ContractProblem("AnyEvent", 1, path, message);
  }

  @Test
  void an_event_with_the_whole_envelope_passes() {
    contracts.requireEnvelope().assertThat(event()).conformsTo("AnyEvent");
    contracts.requireEnvelope().assertThat(event("timestamp", 1715940930000L)).conformsTo("AnyEvent");
    contracts.requireEnvelope().assertThat(event("timestamp", "2024-05-17T12:15:30+02:00")).conformsTo("AnyEvent");
  }

  @Test
  void the_envelope_is_off_unless_required() {
    contracts.assertThat(Map.of("any", "thing")).conformsTo("AnyEvent");
  }

  @Test
  void a_missing_field_is_reported_at_its_object_and_a_null_one_at_itself() {
    Map<String, Object> event = event();
    event.remove("eventId");
    event.put("causationId", null);

    assertThat(problems(contracts.requireEnvelope(), event)).containsExactly(
        problem("", "Envelope field \"eventId\" is missing, but every event must carry it; set it when the event is created."),
        problem("/causationId", "Envelope field \"causationId\" is null, but every event must carry it; set it when the event is created."));
  }

  @Test
  void ids_must_be_real_ids() {
    assertThat(problems(contracts.requireEnvelope(), event("aggregateId", " "))).containsExactly(problem("/aggregateId",
        "Envelope field \"aggregateId\" is empty text, but an id must be non-empty text or a number; set a real id."));
    assertThat(problems(contracts.requireEnvelope(), event("correlationId", Map.of()))).containsExactly(problem("/correlationId",
        "Envelope field \"correlationId\" is an object, but an id must be non-empty text or a number; set a real id."));
  }

  @Test
  void the_event_type_must_say_what_happened() {
    assertThat(problems(contracts.requireEnvelope(), event("eventType", "PlaceOrder"))).containsExactly(problem("/eventType",
        "Envelope field \"eventType\" is \"PlaceOrder\", which is not a past-tense name; name events for what happened, such as"
            + " \"OrderPlaced\" rather than \"PlaceOrder\"."));
    assertThat(problems(contracts.requireEnvelope(), event("eventType", 7))).containsExactly(problem("/eventType",
        "Envelope field \"eventType\" is 7, but it must name the event; set it to the event's name, such as \"OrderPlaced\"."));
  }

  @Test
  void the_past_tense_rule_can_be_turned_off() {
    contracts.requireEnvelope(Envelope.standard().pastTenseEventType(false)).assertThat(event("eventType", "PlaceOrder"))
        .conformsTo("AnyEvent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"OrderPlaced", "order.placed", "payment-sent", "PaymentSent", "USER_REGISTERED", "StockHeld", "com.acme.OrderShipped"})
  void past_tense_names_are_recognised(String name) {
    assertThat(EnvelopeCheck.isPastTense(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PlaceOrder", "OrderPlace", "StockNeed", "order", "Red", ""})
  void other_names_are_not_past_tense(String name) {
    assertThat(EnvelopeCheck.isPastTense(name)).isFalse();
  }

  @Test
  void the_timestamp_must_be_an_instant_and_the_version_a_positive_number() {
    assertThat(problems(contracts.requireEnvelope(), event("timestamp", "yesterday"))).containsExactly(problem("/timestamp",
        "Envelope field \"timestamp\" is \"yesterday\", which is neither epoch milliseconds nor an ISO-8601 instant; set when the"
            + " event happened."));
    assertThat(problems(contracts.requireEnvelope(), event("version", 0))).containsExactly(problem("/version",
        "Envelope field \"version\" is 0, but it must be a positive whole number; set the version of the aggregate or event."));
    assertThat(problems(contracts.requireEnvelope(), event("version", "1"))).containsExactly(problem("/version",
        "Envelope field \"version\" is \"1\", but it must be a positive whole number; set the version of the aggregate or event."));
  }

  @Test
  void names_may_be_changed_and_may_point_into_a_nested_object() {
    Map<String, Object> event = event();
    event.remove("timestamp");
    event.put("metadata", Map.of("occurredAt", "2024-05-17T10:15:30Z"));
    Envelope nested = Envelope.standard().timestamp("/metadata/occurredAt");

    contracts.requireEnvelope(nested).assertThat(event).conformsTo("AnyEvent");
    assertThat(problems(contracts.requireEnvelope(nested), event())).containsExactly(problem("/metadata",
        "Envelope field \"/metadata/occurredAt\" is missing, but every event must carry it; set it when the event is created."));
  }
}
