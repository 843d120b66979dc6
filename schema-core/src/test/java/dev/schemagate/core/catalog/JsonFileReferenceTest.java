package dev.schemagate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.json.JsonSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFileReferenceTest {
  private static final String MONEY = """
      {"$id":"https://acme.example/schemas/money.json","type":"object",
       "properties":{"amount":{"type":"integer"}},"definitions":{"currency":{"enum":["EUR"]}}}""";

  private static LocalSchema parsed(Map<String, String> files, String path) {
    SchemaCatalog catalog = SchemaCatalog.load(SchemaFiles.of("schemas", files));
    return catalog.parse(catalog.schema(path).orElseThrow());
  }

  @Test
  void a_ref_to_a_sibling_file_resolves() {
    LocalSchema order = parsed(Map.of(
        "common/money.json", MONEY,
        "OrderPlaced.json", "{\"properties\":{\"total\":{\"$ref\":\"common/money.json\"},"
            + "\"currency\":{\"$ref\":\"common/money.json#/definitions/currency\"}}}"), "OrderPlaced.json");

    assertThat(order.problems()).isEmpty();
    assertThat(order.references()).containsExactly(new LocalReference("common/money.json", "common/money.json"));
    assertThat(((JsonSchema) order.schema()).resolvedReferences()).containsOnlyKeys("common/money.json");
  }

  @Test
  void a_ref_climbing_out_of_the_folder_resolves() {
    LocalSchema order = parsed(Map.of(
        "common/money.json", MONEY,
        "orders/OrderPlaced.json", "{\"properties\":{\"total\":{\"$ref\":\"../common/money.json\"}}}"), "orders/OrderPlaced.json");

    assertThat(order.references()).containsExactly(new LocalReference("../common/money.json", "common/money.json"));
    assertThat(order.isValid()).isTrue();
  }

  @Test
  void a_ref_by_the_other_document_id_resolves() {
    LocalSchema order = parsed(Map.of(
        "money.json", MONEY,
        "order.json", "{\"$id\":\"https://acme.example/schemas/order.json\",\"properties\":{\"total\":{\"$ref\":\"money.json\"}}}"),
        "order.json");

    assertThat(order.references()).containsExactly(new LocalReference("money.json", "money.json"));
    assertThat(order.isValid()).isTrue();
  }

  @Test
  void a_ref_to_a_missing_file_stays_a_located_problem() {
    LocalSchema order = parsed(Map.of("OrderPlaced.json", "{\"properties\":{\"total\":{\"$ref\":\"money.json\"}}}"), "OrderPlaced.json");

    assertThat(order.problems()).singleElement().satisfies(p -> assertThat(p.pointer()).isEqualTo("/properties/total/$ref"));
  }

  @Test
  void files_that_refer_to_each_other_both_resolve() {
    Map<String, String> files = Map.of(
        "a.json", "{\"properties\":{\"b\":{\"$ref\":\"b.json\"}}}",
        "b.json", "{\"properties\":{\"a\":{\"$ref\":\"a.json\"}}}");

    assertThat(parsed(files, "a.json").isValid()).isTrue();
    assertThat(((JsonSchema) parsed(files, "a.json").schema()).resolvedReferences()).containsOnlyKeys("b.json", "a.json");
  }
}
