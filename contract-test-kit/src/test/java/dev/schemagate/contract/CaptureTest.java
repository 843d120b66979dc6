package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.schemagate.contract.examples.orders.OrderLine;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecordBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CapturedEvents: collecting what a producer publishes and checking it all at once. */
class CaptureTest {
  private static final String JSON = "src/test/resources/contracts/json";

  @RegisterExtension
  static EventContractsExtension contracts = EventContractsExtension.create(config -> config.schemas(JSON));

  private static final OrderLine TEA = new OrderLine("TEA-001", 2, new BigDecimal("4.50"));

  @Test
  void conforming_events_named_by_their_class_pass() {
    CapturedEvents published = contracts.capture();
    published.accept(TEA);
    published.accept(new OrderLine("MUG-042", 1, new BigDecimal("12.00")));

    published.assertAllConform();
    assertThat(published.size()).isEqualTo(2);
  }

  @Test
  void every_problem_of_every_event_is_reported_once_with_the_events_position() {
    CapturedEvents published = contracts.capture();
    published.accept(TEA);
    published.publish("OrderLine", Map.of("sku", "tea", "quantity", 0, "unitPrice", 4.5));
    published.accept("not json");
    published.publish("ShipmentBooked", Map.of());

    ContractViolation violation = catchThrowableOfType(ContractViolation.class, published::assertAllConform);

    assertThat(violation).hasMessage("""
        3 of 4 captured events do not conform to their contracts from directory src/test/resources/contracts/json; 4 problems:
          event 2 (Map): OrderLine v1 #/sku: The value "tea" does not match the pattern "^[A-Z]{3}-[0-9]{3}$"; write a value of\
         that form.
          event 2 (Map): OrderLine v1 #/quantity: The value 0 is below the minimum 1; use 1 or more.
          event 3 (JSON text): (no subject) #: The event is JSON text, whose type names no subject; capture it with\
         publish(subject, event), or name subjects by a property of the event with\
         subjectNaming(SubjectNaming.field("eventType")).
          event 4 (Map): ShipmentBooked #: No contract for subject "ShipmentBooked" in directory\
         src/test/resources/contracts/json: looked for ShipmentBooked.avsc or ShipmentBooked.json anywhere below it and for a\
         history folder ShipmentBooked/ at its top; the subjects there are "OrderLine", "OrderPlaced", "PaymentRequested".""");
    assertThat(violation.problems()).hasSize(4);
  }

  @Test
  void nothing_captured_fails_rather_than_proving_nothing() {
    assertThat(catchThrowableOfType(ContractViolation.class, contracts.capture()::assertAllConform)).hasMessage(
        "No event was captured, so there is nothing to check; hand the CapturedEvents to the producer (as its listener or"
            + " Consumer) before it publishes.");
  }

  @Test
  void a_naming_by_field_reads_the_subject_from_the_event() {
    CapturedEvents published = contracts.capture(SubjectNaming.field("type"));
    published.accept(Map.of("type", "OrderLine"));
    published.accept(Map.of("kind", "OrderLine"));

    ContractViolation violation = catchThrowableOfType(ContractViolation.class, published::assertAllConform);

    assertThat(violation.getMessage()).contains(
        "event 1 (Map): OrderLine v1 #: Property \"sku\" is required but missing; set it.",
        "event 2 (Map): (no subject) #: The event has no text in \"type\" to name its subject; set it, or capture the event"
            + " with publish(subject, event).");
  }

  @Test
  void the_standard_namings_use_avro_names_and_class_names() {
    Schema schema = new Schema.Parser().parse(
        "{\"type\":\"record\",\"name\":\"OrderLine\",\"namespace\":\"com.acme.shop\",\"fields\":[]}");
    Object record = new GenericRecordBuilder(schema).build();

    assertThat(SubjectNaming.simpleName().subjectOf(record)).isEqualTo("OrderLine");
    assertThat(SubjectNaming.fullName().subjectOf(record)).isEqualTo("com.acme.shop.OrderLine");
    assertThat(SubjectNaming.simpleName().subjectOf(TEA)).isEqualTo("OrderLine");
    assertThat(SubjectNaming.fullName().subjectOf(TEA)).isEqualTo(OrderLine.class.getName());
    assertThat(SubjectNaming.field("/line/sku").subjectOf(Map.of("line", TEA))).isEqualTo("TEA-001");
  }

  @Test
  void a_map_captured_without_a_subject_says_how_to_name_it() {
    CapturedEvents published = contracts.capture();
    published.accept(Map.of("sku", "TEA-001", "quantity", 2));

    assertThat(catchThrowableOfType(ContractViolation.class, published::assertAllConform).problems()).containsExactly(
        new ContractProblem("(no subject)", 0, "", "The event is a Map, whose type names no subject; capture it with"
            + " publish(subject, event), or name subjects by a property of the event with"
            + " subjectNaming(SubjectNaming.field(\"eventType\"))."));
  }

  @Test
  void a_failing_naming_function_is_reported_for_its_event() {
    CapturedEvents published = contracts.capture(event -> {
      throw new IllegalStateException("no topic");
    });
    published.accept(TEA);

    assertThat(catchThrowableOfType(ContractViolation.class, published::assertAllConform).problems()).containsExactly(
        new ContractProblem("(no subject)", 0, "", "The subject naming failed on this event"
            + " (java.lang.IllegalStateException: no topic); fix it, or capture the event with publish(subject, event)."));
  }

  @Test
  void producers_may_publish_from_many_threads() throws InterruptedException {
    CapturedEvents published = contracts.capture();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 200; i++) {
      threads.submit(() -> published.accept(TEA));
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(published.size()).isEqualTo(200);
    published.assertAllConform();
  }

  @Test
  void captured_events_can_be_read_back_by_type_and_cleared() {
    CapturedEvents published = contracts.capture();
    published.accept(TEA);
    published.accept("{}");

    assertThat(published.events()).containsExactly(TEA, "{}");
    assertThat(published.events(OrderLine.class)).containsExactly(TEA);
    published.clear();
    assertThat(published.size()).isZero();
  }
}
