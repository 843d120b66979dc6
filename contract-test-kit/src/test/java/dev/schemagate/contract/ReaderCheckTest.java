package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.schemagate.contract.examples.payments.PaymentListener;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** assertReaderCanRead: a consumer's reader schema against every version of the subject. */
class ReaderCheckTest {
  private static final String AVRO = "src/test/resources/contracts/avro";

  @RegisterExtension
  static EventContractsExtension contracts = EventContractsExtension.create(config -> config.schemas(AVRO));

  private static final String QUANTITY_AS_TEXT = """
      {"type": "record", "name": "OrderLine", "namespace": "com.acme.shop",
       "fields": [{"name": "quantity", "type": "string"}]}""";

  @Test
  void a_reader_of_a_subset_of_the_fields_reads_every_version() {
    contracts.assertReaderCanRead(PaymentListener.ORDER_PLACED_READER, "OrderPlaced");
    contracts.assertReaderCanRead(new Schema.Parser().parse(PaymentListener.ORDER_PLACED_READER), "OrderPlaced");
    contracts.assertReaderCanRead(SchemaParser.parse(SchemaType.AVRO, PaymentListener.ORDER_PLACED_READER), "OrderPlaced");
  }

  @Test
  void a_break_is_reported_like_the_build_gate_with_rule_pointer_sentence_and_witness() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertReaderCanRead(QUANTITY_AS_TEXT, "OrderLine"));

    assertThat(violation.getMessage()).startsWith("""
        The reader schema cannot read every version of "OrderLine" from directory src/test/resources/contracts/avro; 1 problem\
         (each line names the version it cannot read and points into the reader schema; in the sentences the reader schema is\
         the new one):
          OrderLine v1 #/fields/0/type: Field "quantity" changed type from "int" to "string", which Avro cannot convert, so\
         events written with version 1 cannot be read; keep "int" or change it to "long", "float" or "double". [TYPE_MISMATCH]
            witness: {"sku":""");
    assertThat(violation.problems()).containsExactly(new ContractProblem("OrderLine", 1, "/fields/0/type",
        "Field \"quantity\" changed type from \"int\" to \"string\", which Avro cannot convert, so events written with version 1"
            + " cannot be read; keep \"int\" or change it to \"long\", \"float\" or \"double\". [TYPE_MISMATCH]"));
  }

  @Test
  void every_version_the_reader_cannot_read_is_listed() {
    String needsCoupon = """
        {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.shop",
         "fields": [{"name": "couponCode", "type": ["null", "string"]}]}""";

    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertReaderCanRead(needsCoupon, "OrderPlaced"));

    assertThat(violation.problems()).extracting(ContractProblem::version, ContractProblem::path).containsExactly(
        tuple(2, "/fields/0"), tuple(1, "/fields/0"));
    assertThat(violation.problems()).allSatisfy(problem ->
        assertThat(problem.message()).endsWith("[READER_FIELD_MISSING_DEFAULT_VALUE]"));
  }

  @Test
  void a_json_schema_reader_that_requires_what_old_versions_lack_is_reported_per_version() {
    EventContracts json = EventContractsExtension.create(config -> config.schemas("src/test/resources/contracts/json"));
    String needsCoupon = "{\"type\": \"object\", \"required\": [\"couponCode\"], \"properties\": {\"couponCode\": {\"type\": \"string\"}}}";

    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> json.assertReaderCanRead(needsCoupon, "OrderPlaced"));

    assertThat(violation.problems()).extracting(ContractProblem::version).contains(1, 2);
    assertThat(violation.problems()).extracting(ContractProblem::message)
        .anySatisfy(message -> assertThat(message).endsWith("[REQUIRED_PROPERTY_ADDED]"));
    assertThat(violation.getMessage()).contains("\n    witness: {");
  }

  @Test
  void a_reader_schema_that_is_not_valid_is_a_failure_naming_its_problems() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertReaderCanRead("{\"type\": \"record\", \"name\": \"OrderLine\"}", "OrderLine"));

    assertThat(violation).hasMessage("The reader schema given for \"OrderLine\" is not a valid AVRO schema; 1 problem:\n"
        + "  #: Record \"OrderLine\" needs \"fields\", an array of fields (it may be empty).");
  }

  @Test
  void a_reader_in_another_schema_language_cannot_read_any_version() {
    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> contracts.assertReaderCanRead(SchemaParser.parse(SchemaType.JSON, "{\"type\": \"object\"}"), "OrderLine"));

    assertThat(violation.problems()).singleElement().satisfies(problem -> assertThat(problem.message()).endsWith("[SCHEMA_TYPE_CHANGED]"));
  }
}
