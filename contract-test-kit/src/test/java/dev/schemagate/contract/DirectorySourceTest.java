package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of schema files: which file is which version of which subject. */
class DirectorySourceTest {
  private static final String V1 = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
  private static final String V2 = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
      + "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}]}";

  @TempDir
  Path folder;

  private void write(String path, String text) throws IOException {
    Path file = folder.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private SchemaSource source() {
    return FolderSource.directory(folder, "test");
  }

  @Test
  void a_lone_schema_file_is_version_1_of_the_subject_named_like_the_file() throws IOException {
    write("OrderPlaced.avsc", V1);

    assertThat(source().versions("OrderPlaced")).containsExactly(1);
    assertThat(source().latest("OrderPlaced").origin()).isEqualTo(folder + "/OrderPlaced.avsc");
  }

  @Test
  void the_history_folder_holds_earlier_versions_and_a_changed_file_is_the_next() throws IOException {
    write("OrderPlaced/1.avsc", V1);
    write("OrderPlaced.avsc", V2);

    SchemaSource source = source();
    assertThat(source.versions("OrderPlaced")).containsExactly(1, 2);
    assertThat(source.version("OrderPlaced", 2).schema().canonicalText()).contains("note");
    assertThat(source.version("OrderPlaced", 1).schema().canonicalText()).doesNotContain("note");
  }

  @Test
  void a_file_equal_to_its_last_recorded_version_is_that_version() throws IOException {
    write("OrderPlaced/1.avsc", V1);
    write("OrderPlaced/2.avsc", V2);
    write("OrderPlaced.avsc", V2.replace(",", ", "));

    assertThat(source().versions("OrderPlaced")).containsExactly(1, 2);
  }

  @Test
  void files_in_subfolders_and_history_only_subjects_are_found() throws IOException {
    write("orders/OrderPlaced.avsc", V2);
    write("orders/OrderPlaced/1.avsc", V1);
    write("OrderCancelled/1.json", "{\"type\": \"object\"}");
    write("OrderCancelled/2.json", "{\"type\": \"object\", \"required\": [\"id\"]}");

    SchemaSource source = source();
    assertThat(source.versions("OrderPlaced")).containsExactly(1, 2);
    assertThat(source.versions("OrderCancelled")).containsExactly(1, 2);
    assertThat(source.latest("OrderCancelled").origin()).isEqualTo(folder + "/OrderCancelled/2.json");
  }

  @Test
  void an_avro_type_from_another_file_and_a_json_ref_to_a_sibling_are_resolved() throws IOException {
    write("Money.avsc", "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"cents\",\"type\":\"long\"}]}");
    write("OrderPaid.avsc", "{\"type\":\"record\",\"name\":\"OrderPaid\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"amount\",\"type\":\"Money\"}]}");
    write("common/money.json", "{\"type\": \"object\", \"required\": [\"cents\"]}");
    write("OrderRefunded.json", "{\"type\": \"object\", \"properties\": {\"amount\": {\"$ref\": \"common/money.json\"}}}");
    EventContracts contracts = new DefaultEventContracts(source(), EventJson.mapperOrDefault(null), SubjectNaming.simpleName(), null, 1);

    contracts.assertThat("{\"amount\": {\"cents\": 250}}").conformsTo("OrderPaid");
    contracts.assertThat("{\"amount\": {\"cents\": 250}}").conformsTo("OrderRefunded");
  }

  @Test
  void each_file_is_parsed_once() throws IOException {
    write("OrderPlaced.avsc", V1);
    SchemaSource source = source();

    assertThat(source.latest("OrderPlaced").schema()).isSameAs(source.version("OrderPlaced", 1).schema());
  }
}
