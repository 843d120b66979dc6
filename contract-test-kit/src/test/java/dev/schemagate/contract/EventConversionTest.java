package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.schemagate.core.avro.AvroSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How each kind of event object becomes the JSON its contract checks, including logical types. */
class EventConversionTest {
  @RegisterExtension
  static EventContractsExtension contracts = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/conversion"));

  static EventContractsExtension json = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/json"));

  enum Kind { GREEN, BLACK }

  record TeaOrdered(UUID orderId, Instant at, Instant brewedAt, LocalDate day, LocalTime teaTime, LocalDateTime localAt,
      BigDecimal price, Kind kind, String note, int cups) {}

  private static TeaOrdered tea(BigDecimal price) {
    return new TeaOrdered(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), Instant.parse("2024-05-17T10:15:30.123456Z"),
        Instant.parse("2024-05-17T10:10:00.000001Z"), LocalDate.of(2024, 5, 17), LocalTime.of(16, 0),
        LocalDateTime.of(2024, 5, 17, 12, 15, 30), price, Kind.GREEN, null, 2);
  }

  @Test
  void java_time_big_decimal_uuid_and_enum_values_of_a_pojo_map_to_avros_logical_types() {
    contracts.assertThat(tea(new BigDecimal("4.50"))).conformsTo("TeaOrdered");
  }

  @Test
  void a_big_decimal_that_does_not_fit_the_decimal_is_reported() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertThat(tea(new BigDecimal("4.505"))).conformsTo("TeaOrdered"));

    assertThat(violation.problems()).containsExactly(new ContractProblem("TeaOrdered", 1, "/price",
        "The value 4.505 has 3 decimal places but the logical type \"decimal(6,2)\" allows 2, so it cannot be written without"
            + " rounding; round it to 2 places."));
  }

  @Test
  void for_avro_contracts_the_producers_mapper_keeps_nulls_and_writes_dates_as_text() {
    ObjectMapper producer = new ObjectMapper().findAndRegisterModules().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    contracts.withObjectMapper(producer).assertThat(tea(new BigDecimal("4.50"))).conformsTo("TeaOrdered");
  }

  @Test
  void a_producers_mapper_that_cannot_be_copied_is_used_as_it_is() {
    ObjectMapper subclass = new ObjectMapper() {
      private static final long serialVersionUID = 1L;
    };
    subclass.findAndRegisterModules().disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    contracts.withObjectMapper(subclass).assertThat(tea(new BigDecimal("4.50"))).conformsTo("TeaOrdered");
  }

  @Test
  void a_generic_record_is_checked_field_by_field_with_its_raw_logical_values() {
    Schema schema = ((AvroSchema) contracts.schema("TeaOrdered").schema()).avro();
    GenericRecord record = new GenericData.Record(schema);
    record.put("orderId", "123e4567-e89b-12d3-a456-426614174000");
    record.put("at", 1715940930123L);
    record.put("brewedAt", 1715940600000001L);
    record.put("day", 19860);
    record.put("teaTime", 57_600_000);
    record.put("localAt", 1715948130000L);
    record.put("price", java.nio.ByteBuffer.wrap(new BigDecimal("4.50").unscaledValue().toByteArray()));
    record.put("kind", new GenericData.EnumSymbol(schema.getField("kind").schema(), "BLACK"));
    record.put("cups", "two");

    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertThat(record).conformsTo("TeaOrdered"));

    assertThat(violation).hasMessage("The event (Avro record com.acme.tea.TeaOrdered) does not conform to \"TeaOrdered\""
        + " version 1 from directory src/test/resources/contracts/conversion; 1 problem:\n"
        + "  TeaOrdered v1 #/cups: The value is a string (\"two\") but the schema wants \"int\"; write an integer instead.");
  }

  @Test
  void a_specific_record_with_converted_logical_values_is_checked_too() {
    contracts.assertThat(new TeaServedRecord(Instant.parse("2024-05-17T10:15:30Z"), 2)).conformsTo("TeaServed");

    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertThat(new TeaServedRecord(Instant.parse("2024-05-17T10:15:30Z"), 2.5)).conformsTo("TeaServed"));

    assertThat(violation.problems()).containsExactly(new ContractProblem("TeaServed", 1, "/cups",
        "The value is a number (2.5) but the schema wants \"int\"; write an integer instead."));
  }

  @Test
  void json_text_bytes_trees_and_maps_are_all_events() {
    String line = "{\"sku\": \"TEA-001\", \"quantity\": 2, \"unitPrice\": 4.5}";

    json.assertThat(line).conformsTo("OrderLine");
    json.assertThat(line.getBytes(StandardCharsets.UTF_8)).conformsTo("OrderLine");
    json.assertThat(JsonNodeFactory.instance.objectNode().put("sku", "TEA-001").put("quantity", 2).put("unitPrice", 4.5))
        .conformsTo("OrderLine");
    json.assertThat(Map.of("sku", "TEA-001", "quantity", 2, "unitPrice", 4.5)).conformsTo("OrderLine");
  }

  record Stamped(String sku, Instant at) {}

  @Test
  void a_pojo_the_producers_mapper_cannot_write_is_reported_with_the_fix() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> json.withObjectMapper(new ObjectMapper()).assertThat(new Stamped("TEA-001", Instant.EPOCH)).conformsTo("OrderLine"));

    assertThat(violation.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.path()).isEmpty();
      assertThat(problem.message()).startsWith("The event cannot be turned into JSON with the ObjectMapper in use (Java 8"
          + " date/time type `java.time.Instant` not supported by default");
      assertThat(problem.message()).endsWith("); give the kit the producer's ObjectMapper with objectMapper(...) or"
          + " withObjectMapper(...).");
    });
  }
}
