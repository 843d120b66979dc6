package dev.schemagate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.avro.AvroSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvroFileReferenceTest {
  private static final String CURRENCY = """
      {"type":"enum","name":"Currency","namespace":"com.acme","symbols":["EUR","USD"]}""";
  private static final String MONEY = """
      {"type":"record","name":"com.acme.Money","fields":[
        {"name":"amount","type":"long"},{"name":"currency","type":"Currency"}]}""";
  private static final String ORDER = """
      {"type":"record","name":"OrderPlaced","namespace":"com.acme.orders","fields":[
        {"name":"total","type":"com.acme.Money"}]}""";

  private static SchemaCatalog catalog(Map<String, String> files) {
    return SchemaCatalog.load(SchemaFiles.of("schemas", files));
  }

  private static LocalSchema parsed(SchemaCatalog catalog, String path) {
    return catalog.parse(catalog.schema(path).orElseThrow());
  }

  @Test
  void a_named_type_defined_in_another_file_resolves_through_every_level() {
    SchemaCatalog catalog = catalog(Map.of("Currency.avsc", CURRENCY, "Money.avsc", MONEY, "OrderPlaced.avsc", ORDER));

    LocalSchema order = parsed(catalog, "OrderPlaced.avsc");

    assertThat(order.problems()).isEmpty();
    assertThat(order.references()).containsExactly(new LocalReference("com.acme.Money", "Money.avsc"));
    assertThat(((AvroSchema) order.schema()).avro().getField("total").schema().getField("currency").schema().getEnumSymbols())
        .containsExactly("EUR", "USD");
  }

  @Test
  void an_unqualified_name_means_the_enclosing_namespace_first() {
    LocalSchema money = parsed(catalog(Map.of("Currency.avsc", CURRENCY, "Money.avsc", MONEY)), "Money.avsc");

    assertThat(money.references()).containsExactly(new LocalReference("com.acme.Currency", "Currency.avsc"));
    assertThat(money.isValid()).isTrue();
  }

  @Test
  void a_type_no_file_defines_stays_a_located_problem_of_the_file_using_it() {
    LocalSchema order = parsed(catalog(Map.of("OrderPlaced.avsc", ORDER)), "OrderPlaced.avsc");

    assertThat(order.references()).isEmpty();
    assertThat(order.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/fields/0/type"));
  }

  @Test
  void a_type_defined_in_two_files_comes_from_the_file_it_is_the_top_level_type_of() {
    String inline = """
        {"type":"record","name":"com.acme.Invoice","fields":[{"name":"m","type":""" + MONEY + "}]}";
    SchemaCatalog catalog = catalog(Map.of("A-Invoice.avsc", inline, "Money.avsc", MONEY, "Currency.avsc", CURRENCY,
        "OrderPlaced.avsc", ORDER));

    assertThat(parsed(catalog, "OrderPlaced.avsc").references()).containsExactly(new LocalReference("com.acme.Money", "Money.avsc"));
  }

  @Test
  void files_that_use_each_other_are_a_cycle_named_by_path() {
    String a = "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"b\",\"type\":\"B\"}]}";
    String b = "{\"type\":\"record\",\"name\":\"B\",\"fields\":[{\"name\":\"a\",\"type\":\"A\"}]}";

    LocalSchema parsed = parsed(catalog(Map.of("A.avsc", a, "B.avsc", b)), "A.avsc");

    assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
        "The schema's references form a cycle (A.avsc -> B.avsc -> A.avsc), so no file can be read first;"
            + " move the shared types into a file of their own."));
  }

  @Test
  void dependency_order_puts_every_file_after_the_files_it_uses() {
    SchemaCatalog catalog = catalog(Map.of("Currency.avsc", CURRENCY, "Money.avsc", MONEY, "A-OrderPlaced.avsc", ORDER));

    List<LocalSchema> ordered = SchemaCatalog.dependencyOrder(catalog.parseAll());

    assertThat(ordered).extracting(schema -> schema.file().path())
        .containsExactly("Currency.avsc", "Money.avsc", "A-OrderPlaced.avsc");
  }
}
