package dev.schemagate.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.schema.SchemaType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFolderTest {
  private static final String V = "{\"type\":\"record\",\"name\":\"E\",\"fields\":[]}";

  private static SchemaCatalog catalog(Map<String, String> files) {
    return SchemaCatalog.load(SchemaFiles.of("baseline", files));
  }

  @Test
  void numbered_files_are_versions_not_schemas() {
    SchemaCatalog catalog = catalog(Map.of("OrderPlaced.avsc", V, "OrderPlaced/1.avsc", V, "notes.txt", "x"));

    assertThat(catalog.schemas()).extracting(SchemaFile::path).containsExactly("OrderPlaced.avsc");
  }

  @Test
  void versions_in_the_folder_beside_the_file_come_oldest_first_by_number() {
    SchemaCatalog catalog = catalog(Map.of(
        "orders/OrderPlaced.avsc", V, "orders/OrderPlaced/2.avsc", V, "orders/OrderPlaced/10.avsc", V,
        "orders/OrderPlaced/1.avsc", V));

    assertThat(catalog.history("orders/OrderPlaced.avsc", SchemaType.AVRO, "OrderPlaced"))
        .extracting(VersionFile::version).containsExactly(1, 2, 10);
  }

  @Test
  void versions_may_sit_in_a_folder_named_after_the_subject() {
    SchemaCatalog catalog = catalog(Map.of("orders-value/1.avsc", V, "orders-value/2.avsc", V));

    assertThat(catalog.history("orders.avsc", SchemaType.AVRO, "orders-value"))
        .extracting(v -> v.file().path()).containsExactly("orders-value/1.avsc", "orders-value/2.avsc");
  }

  @Test
  void a_flat_file_at_the_same_path_is_version_one() {
    SchemaCatalog catalog = catalog(Map.of("OrderPlaced.avsc", V));

    assertThat(catalog.history("OrderPlaced.avsc", SchemaType.AVRO, "OrderPlaced")).containsExactly(
        new VersionFile(1, new SchemaFile("OrderPlaced.avsc", SchemaType.AVRO, V)));
  }

  @Test
  void versions_of_another_schema_language_are_not_history() {
    SchemaCatalog catalog = catalog(Map.of("OrderPlaced/1.json", "{}"));

    assertThat(catalog.history("OrderPlaced.avsc", SchemaType.AVRO, "OrderPlaced")).isEmpty();
  }

  @Test
  void an_old_version_uses_shared_types_of_its_own_tree_before_the_fallback() {
    String order = "{\"type\":\"record\",\"name\":\"O\",\"fields\":[{\"name\":\"m\",\"type\":\"Money\"}]}";
    SchemaCatalog baseline = catalog(Map.of("OrderPlaced/1.avsc", order,
        "Money.avsc", "{\"type\":\"record\",\"name\":\"Money\",\"fields\":[{\"name\":\"old\",\"type\":\"int\"}]}"));
    SchemaCatalog current = catalog(Map.of(
        "Money.avsc", "{\"type\":\"record\",\"name\":\"Money\",\"fields\":[{\"name\":\"new\",\"type\":\"int\"}]}",
        "Tax.avsc", "{\"type\":\"record\",\"name\":\"Tax\",\"fields\":[]}"));
    SchemaFile version = baseline.history("OrderPlaced.avsc", SchemaType.AVRO, "OrderPlaced").get(0).file();

    LocalSchema parsed = baseline.parse(version, current);

    assertThat(((AvroSchema) parsed.schema()).avro().getField("m").schema().getField("old")).isNotNull();
  }

  @Test
  void an_old_version_takes_what_its_tree_lacks_from_the_fallback() {
    String order = "{\"type\":\"record\",\"name\":\"O\",\"fields\":[{\"name\":\"t\",\"type\":\"Tax\"}]}";
    SchemaCatalog baseline = catalog(Map.of("OrderPlaced.avsc", order));
    SchemaCatalog current = catalog(Map.of("Tax.avsc", "{\"type\":\"record\",\"name\":\"Tax\",\"fields\":[]}"));

    LocalSchema parsed = baseline.parse(baseline.schema("OrderPlaced.avsc").orElseThrow(), current);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.references()).containsExactly(new LocalReference("Tax", "Tax.avsc"));
  }

  @Test
  void a_directory_tree_lists_relative_paths_with_slashes(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("orders/OrderPlaced"));
    Files.writeString(root.resolve("orders/OrderPlaced/1.avsc"), V);
    Files.writeString(root.resolve("orders/OrderPlaced.avsc"), V);

    SchemaFiles files = SchemaFiles.directory(root, "src/main/schemas");

    assertThat(files.paths()).containsExactly("orders/OrderPlaced.avsc", "orders/OrderPlaced/1.avsc");
    assertThat(files.read("orders/OrderPlaced.avsc")).isEqualTo(V);
    assertThat(SchemaFiles.directory(root.resolve("missing"), "missing").paths()).isEmpty();
  }
}
