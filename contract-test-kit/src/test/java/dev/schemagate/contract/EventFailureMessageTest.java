package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact words of a failed event assertion, for JSON Schema and Avro contracts. */
class EventFailureMessageTest {
  private static final String JSON_SOURCE = "src/test/resources/contracts/json";
  private static final String AVRO_SOURCE = "src/test/resources/contracts/avro";

  @RegisterExtension
  static EventContractsExtension json = EventContractsExtension.create(config -> config.schemas(JSON_SOURCE));

  @RegisterExtension
  static EventContractsExtension avro = EventContractsExtension.create(config -> config.schemas(AVRO_SOURCE));

  /** A valid OrderPlaced for both contracts; each test breaks it in one way. */
  private static Map<String, Object> order() {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", "5f0c6a0e-8a5e-4f1b-9a59-3c1f8f1d2a10");
    event.put("eventType", "OrderPlaced");
    event.put("aggregateId", "ord-1");
    event.put("timestamp", "2024-05-17T10:15:30Z");
    event.put("version", 1);
    event.put("correlationId", "c-1");
    event.put("causationId", "c-1");
    event.put("customerId", "cus-7");
    event.put("items", List.of(Map.of("sku", "TEA-001", "quantity", 2, "unitPrice", 4.5)));
    event.put("total", 9.0);
    event.put("currency", "EUR");
    event.put("placedOn", "2024-05-17");
    return event;
  }

  private static Map<String, Object> order(String field, Object value) {
    Map<String, Object> event = order();
    event.put(field, value);
    return event;
  }

  private static Map<String, Object> orderWithout(String field) {
    Map<String, Object> event = order();
    event.remove(field);
    return event;
  }

  private static String failure(EventContracts contracts, Object event) {
    return catchThrowableOfType(ContractViolation.class, () -> contracts.assertThat(event).conformsTo("OrderPlaced")).getMessage();
  }

  private static String json(String line) {
    return "The event (Map) does not conform to \"OrderPlaced\" version 2 from directory " + JSON_SOURCE + "; 1 problem:\n  "
        + "OrderPlaced v2 " + line;
  }

  private static String avro(String line) {
    return "The event (Map) does not conform to \"OrderPlaced\" version 3 from directory " + AVRO_SOURCE + "; 1 problem:\n  "
        + "OrderPlaced v3 " + line;
  }

  @Test
  void a_valid_event_passes_both_contracts() {
    json.assertThat(order()).conformsTo("OrderPlaced");
    avro.assertThat(order()).conformsTo("OrderPlaced");
  }

  @Test
  void a_missing_required_field() {
    assertThat(failure(json, orderWithout("customerId"))).isEqualTo(json(
        "#: Property \"customerId\" is required but missing; set it."));
    assertThat(failure(avro, orderWithout("customerId"))).isEqualTo(avro(
        "#: Field \"customerId\" of record \"com.acme.shop.OrderPlaced\" is missing and has no default, so the event cannot be"
            + " written; set it."));
  }

  @Test
  void null_where_it_is_not_allowed() {
    assertThat(failure(json, order("customerId", null))).isEqualTo(json(
        "#/customerId: The value is null but the schema wants \"string\"; write a string instead."));
    assertThat(failure(avro, order("customerId", null))).isEqualTo(avro(
        "#/customerId: The value is null but the schema wants \"string\", which does not allow null; set a value or make the"
            + " type a union with \"null\"."));
  }

  @Test
  void a_wrong_type() {
    assertThat(failure(json, order("total", "9.00"))).isEqualTo(json(
        "#/total: The value is a string (\"9.00\") but the schema wants \"number\"; write a number instead."));
    assertThat(failure(avro, order("version", "1"))).isEqualTo(avro(
        "#/version: The value is a string (\"1\") but the schema wants \"int\"; write an integer instead."));
  }

  @Test
  void a_value_outside_the_enum() {
    assertThat(failure(json, order("currency", "SEK"))).isEqualTo(json(
        "#/currency: The value \"SEK\" is not one of the allowed values \"EUR\", \"USD\", \"GBP\"; use one of them."));
    assertThat(failure(avro, order("currency", "SEK"))).isEqualTo(avro(
        "#/currency: The value \"SEK\" is not a symbol of enum \"com.acme.shop.Currency\" (EUR, USD, GBP); use one of them."));
  }

  @Test
  void a_value_outside_the_pattern() {
    assertThat(failure(json, order("aggregateId", "ORD-1"))).isEqualTo(json(
        "#/aggregateId: The value \"ORD-1\" does not match the pattern \"^ord-[0-9]+$\"; write a value of that form."));
  }

  @Test
  void a_value_outside_the_range() {
    assertThat(failure(json, order("version", 0))).isEqualTo(json(
        "#/version: The value 0 is below the minimum 1; use 1 or more."));
    assertThat(failure(avro, order("version", 3_000_000_000L))).isEqualTo(avro(
        "#/version: The value 3000000000 does not fit in \"int\" (32 bits), so the event cannot be written; use a smaller"
            + " number or widen the type to \"long\"."));
  }

  @Test
  void an_unexpected_property_in_a_closed_model() {
    assertThat(failure(json, order("gift", true))).isEqualTo(json(
        "#/gift: Property \"gift\" is not allowed here, as the schema does not allow other properties, so readers may reject"
            + " the event; remove it or add it to the schema."));
    assertThat(failure(avro, order("gift", true))).isEqualTo(avro(
        "#/gift: Property \"gift\" is not a field of record \"com.acme.shop.OrderPlaced\", so it would be lost when the event"
            + " is written; remove it or add the field to the schema."));
  }

  @Test
  void a_wrong_logical_value() {
    assertThat(failure(avro, order("timestamp", "yesterday"))).isEqualTo(avro(
        "#/timestamp: The value \"yesterday\" is not an instant for the logical type \"timestamp-millis\"; write a count since"
            + " the epoch or ISO-8601 text like \"2024-05-17T10:15:30Z\"."));
    assertThat(failure(avro, order("total", 9.005))).isEqualTo(avro(
        "#/total: The value 9.005 has 3 decimal places but the logical type \"decimal(12,2)\" allows 2, so it cannot be written"
            + " without rounding; round it to 2 places."));
  }

  @Test
  void every_problem_is_listed_at_once_with_subject_version_and_path() {
    Map<String, Object> event = orderWithout("customerId");
    event.put("aggregateId", "ORD-1");
    event.put("correlationId", null);
    event.put("items", List.of(Map.of("sku", "TEA-001", "quantity", "2", "unitPrice", 4.5)));
    event.put("currency", "SEK");
    event.put("gift", true);

    assertThat(failure(json, event)).isEqualTo("""
        The event (Map) does not conform to "OrderPlaced" version 2 from directory src/test/resources/contracts/json; 6 problems:
          OrderPlaced v2 #/aggregateId: The value "ORD-1" does not match the pattern "^ord-[0-9]+$"; write a value of that form.
          OrderPlaced v2 #/correlationId: The value is null but the schema wants "string"; write a string instead.
          OrderPlaced v2 #/items/0/quantity: The value is a string ("2") but the schema wants "integer"; write an integer instead.
          OrderPlaced v2 #/currency: The value "SEK" is not one of the allowed values "EUR", "USD", "GBP"; use one of them.
          OrderPlaced v2 #/gift: Property "gift" is not allowed here, as the schema does not allow other properties, so readers\
         may reject the event; remove it or add it to the schema.
          OrderPlaced v2 #: Property "customerId" is required but missing; set it.""");
    assertThat(failure(avro, event)).isEqualTo("""
        The event (Map) does not conform to "OrderPlaced" version 3 from directory src/test/resources/contracts/avro; 5 problems:
          OrderPlaced v3 #/correlationId: The value is null but the schema wants "string", which does not allow null; set a\
         value or make the type a union with "null".
          OrderPlaced v3 #: Field "customerId" of record "com.acme.shop.OrderPlaced" is missing and has no default, so the\
         event cannot be written; set it.
          OrderPlaced v3 #/items/0/quantity: The value is a string ("2") but the schema wants "int"; write an integer instead.
          OrderPlaced v3 #/currency: The value "SEK" is not a symbol of enum "com.acme.shop.Currency" (EUR, USD, GBP); use one\
         of them.
          OrderPlaced v3 #/gift: Property "gift" is not a field of record "com.acme.shop.OrderPlaced", so it would be lost when\
         the event is written; remove it or add the field to the schema.""");
  }

  @Test
  void the_failure_is_an_assertion_error_with_structured_problems_and_no_library_cause() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> json.assertThat(order("currency", "SEK")).conformsTo("OrderPlaced"));

    assertThat(violation).isInstanceOf(AssertionError.class).hasNoCause();
    assertThat(violation.problems()).containsExactly(new ContractProblem("OrderPlaced", 2, "/currency",
        "The value \"SEK\" is not one of the allowed values \"EUR\", \"USD\", \"GBP\"; use one of them."));
    assertThat(violation.getStackTrace()[0].getClassName()).isEqualTo(EventFailureMessageTest.class.getName());
  }

  @Test
  void json_text_that_is_not_json_says_where_it_breaks() {
    assertThat(failure(json, "{\"eventId\": }")).isEqualTo(
        "The event (JSON text) does not conform to \"OrderPlaced\" version 2 from directory " + JSON_SOURCE + "; 1 problem:\n"
            + "  OrderPlaced v2 #: The event is not valid JSON text (Unexpected character ('}'): expected a valid value (JSON"
            + " String, Number, Array, Object or token 'null', 'true' or 'false') at line 1, column 13); send one complete JSON"
            + " document.");
  }

  @Test
  void a_null_event_is_a_problem_not_a_crash() {
    assertThat(failure(avro, null)).isEqualTo(
        "The event (null) does not conform to \"OrderPlaced\" version 3 from directory " + AVRO_SOURCE + "; 1 problem:\n"
            + "  OrderPlaced v3 #: The event is null, so it carries nothing; the producer must publish an event.");
  }
}
