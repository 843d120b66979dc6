package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.schemagate.contract.examples.payments.OrderToPay;
import dev.schemagate.core.avro.AvroSchema;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sample and samples: valid, deterministic example events with edge values first. */
class SampleTest {
  @RegisterExtension
  static EventContractsExtension avro = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/avro"));

  static EventContractsExtension json = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/json"));

  @ParameterizedTest
  @ValueSource(strings = {"OrderPlaced", "OrderLine"})
  void every_avro_sample_validates_as_json_and_as_an_avro_record(String subject) {
    List<SampleEvent> samples = avro.samples(subject, 40);
    AvroSchema schema = (AvroSchema) avro.schema(subject).schema();

    assertThat(samples).hasSize(40);
    for (SampleEvent sample : samples) {
      avro.assertThat(sample.json()).conformsTo(subject);
      avro.assertThat(sample.text()).conformsTo(subject);
      avro.assertThat(sample.avro()).conformsTo(subject);
      assertThat(GenericData.get().validate(schema.avro(), sample.avro())).as(sample.text()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"OrderPlaced", "OrderLine", "PaymentRequested"})
  void every_json_schema_sample_validates(String subject) {
    List<SampleEvent> samples = json.samples(subject, 40);

    assertThat(samples).hasSizeGreaterThan(10);
    for (SampleEvent sample : samples) {
      json.assertThat(sample.json()).conformsTo(subject);
    }
  }

  @Test
  void a_sample_is_an_event_of_the_latest_version() {
    avro.assertThat(avro.sample("OrderPlaced").json()).conformsTo("OrderPlaced", 3);
    assertThat(avro.sample("OrderPlaced").version()).isEqualTo(3);
  }

  @Test
  void the_same_seed_gives_the_same_samples() {
    EventContractsExtension again = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/avro"));

    assertThat(avro.samples("OrderPlaced", 10)).extracting(SampleEvent::text)
        .isEqualTo(again.samples("OrderPlaced", 10).stream().map(SampleEvent::text).toList());
    assertThat(avro.sample("OrderPlaced").text()).isEqualTo(again.sample("OrderPlaced").text());
  }

  @Test
  void the_first_samples_carry_edge_values() {
    SampleEvent first = avro.samples("OrderPlaced", 3).get(0);

    assertThat(first.json().get("items").size()).isZero();
    assertThat(first.json().get("eventType").asText()).isEmpty();
    assertThat(first.json().get("currency").asText()).isEqualTo("EUR");
    assertThat(first.json().get("couponCode").isNull()).isTrue();
    assertThat(avro.samples("OrderPlaced", 3)).extracting(sample -> sample.json().get("currency").asText())
        .containsExactly("EUR", "USD", "GBP");
  }

  @Test
  void a_sample_reads_into_the_consumers_own_type() {
    SampleEvent order = avro.sample("OrderPlaced");

    OrderToPay view = order.as(OrderToPay.class);

    assertThat(view.aggregateId()).isEqualTo(order.json().get("aggregateId").asText());
    assertThat(view.total()).isEqualByComparingTo(order.json().get("total").decimalValue());
    assertThat(view.eventId()).hasToString(order.json().get("eventId").asText());
  }

  record WrongView(int customerId) {}

  @Test
  void a_consumer_type_that_cannot_take_a_valid_event_fails_the_test() {
    SampleEvent order = json.sample("OrderPlaced");

    ContractViolation violation = catchThrowableOfType(ContractViolation.class, () -> order.as(WrongView.class));

    assertThat(violation.getMessage()).startsWith("A sample of \"OrderPlaced\" version 2 cannot be read as "
        + WrongView.class.getName() + "; 1 problem:\n  OrderPlaced v2 #: A valid event cannot be read as WrongView (");
    assertThat(violation.getMessage()).endsWith("), so the consumer would fail on it; make the class follow the contract.");
  }

  @Test
  void a_json_schema_sample_is_not_an_avro_record() {
    IllegalStateException notAvro = catchThrowableOfType(IllegalStateException.class, () -> json.sample("OrderLine").avro());

    assertThat(notAvro).hasMessage("The sample of \"OrderLine\" version 1 is not an Avro record (JSON contract); use json(),"
        + " text() or as(type).");
  }

  @Test
  void the_json_of_a_sample_is_a_copy() {
    SampleEvent sample = json.sample("OrderLine");
    ((com.fasterxml.jackson.databind.node.ObjectNode) sample.json()).put("sku", "changed");

    assertThat(sample.json().get("sku").asText()).isNotEqualTo("changed");
  }
}
