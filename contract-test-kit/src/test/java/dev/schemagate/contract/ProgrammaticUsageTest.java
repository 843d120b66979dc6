package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** EventContractsExtension.create(config -> ...): every setting, and the field used as the contracts. */
class ProgrammaticUsageTest {
  private static final String SHIPPING = "src/test/resources/contracts/shipping";

  /** How the shipping service writes its events. */
  static final ObjectMapper SNAKE_CASE = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .build();

  static final Envelope SNAKE_ENVELOPE = Envelope.standard().eventId("event_id").eventType("event_type")
      .aggregateId("aggregate_id").timestamp("occurred_at").version("aggregate_version").correlationId("correlation_id")
      .causationId("causation_id");

  @RegisterExtension
  static EventContractsExtension contracts = EventContractsExtension.create(config -> config
      .schemas(SHIPPING)
      .objectMapper(SNAKE_CASE)
      .requireEnvelope(SNAKE_ENVELOPE)
      .subjectNaming(SubjectNaming.field("event_type"))
      .seed(7));

  record ShipmentBooked(UUID eventId, String eventType, String aggregateId, Instant occurredAt, int aggregateVersion,
      String correlationId, String causationId, String carrier) {}

  static ShipmentBooked booked(String eventType) {
    return new ShipmentBooked(UUID.randomUUID(), eventType, "shp-1", Instant.parse("2024-05-17T10:15:30Z"), 1, "c-1", "c-1", "DHL");
  }

  @Test
  void the_field_itself_is_the_contracts_and_uses_the_producers_mapper() {
    contracts.assertThat(booked("ShipmentBooked")).conformsTo("ShipmentBooked");
  }

  @Test
  void without_the_producers_mapper_the_same_event_has_other_property_names() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.withObjectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .assertThat(booked("ShipmentBooked")).conformsTo("ShipmentBooked"));

    assertThat(violation.problems()).extracting(ContractProblem::path).contains("/eventId", "/occurredAt");
  }

  @Test
  void the_configured_envelope_names_are_checked() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertThat(booked("BookShipment")).conformsTo("ShipmentBooked"));

    assertThat(violation.problems()).contains(new ContractProblem("ShipmentBooked", 1, "/event_type",
        "Envelope field \"event_type\" is \"BookShipment\", which is not a past-tense name; name events for what happened,"
            + " such as \"OrderPlaced\" rather than \"PlaceOrder\"."));
  }

  @Test
  void captured_events_are_named_by_the_configured_naming() {
    CapturedEvents published = contracts.capture();
    published.accept(booked("ShipmentBooked"));

    published.assertAllConform();
  }

  @Test
  void samples_follow_the_configured_seed() {
    EventContractsExtension sameSeed = EventContractsExtension.create(config -> config.schemas(SHIPPING).seed(7));
    EventContractsExtension otherSeed = EventContractsExtension.create(config -> config.schemas(SHIPPING).seed(8));

    assertThat(contracts.samples("ShipmentBooked", 5)).extracting(SampleEvent::text)
        .isEqualTo(sameSeed.samples("ShipmentBooked", 5).stream().map(SampleEvent::text).toList())
        .isNotEqualTo(otherSeed.samples("ShipmentBooked", 5).stream().map(SampleEvent::text).toList());
  }

  @Test
  void tests_may_still_take_the_contracts_as_a_parameter(EventContracts injected) {
    injected.assertThat(booked("ShipmentBooked")).conformsTo("ShipmentBooked");
    assertThat(injected.versions("ShipmentBooked")).containsExactly(1);
  }

  @Test
  void an_unregistered_extension_works_as_plain_contracts() {
    EventContractsExtension standalone = EventContractsExtension.create(config -> config.schemas(SHIPPING).objectMapper(SNAKE_CASE));

    standalone.assertThat(booked("ShipmentBooked")).conformsTo("ShipmentBooked");
  }
}
