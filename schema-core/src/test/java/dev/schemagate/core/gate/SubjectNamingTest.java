package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.avroRecord;
import static dev.schemagate.core.gate.LocalFiles.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.SchemaGateException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectNamingTest {
  private static final Map<String, String> FILES = Map.of(
      "orders/OrderPlaced.avsc", "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"com.acme.orders\",\"fields\":[]}",
      "CustomerRegistered.json", "{\"$id\":\"https://acme.example/customer-registered.json\",\"title\":\"Customer\"}",
      "UserRenamed.json", "{\"title\":\"UserRenamed\",\"type\":\"object\"}");

  private static List<String> subjects(Subjects naming, Map<String, String> files) {
    return naming.assign(parsed(files), "src/main/schemas").stream().map(SubjectFile::subject).toList();
  }

  @Test
  void by_default_the_subject_is_the_file_name_without_extension() {
    assertThat(subjects(new Subjects(null, null, Map.of()), FILES))
        .containsExactly("CustomerRegistered", "UserRenamed", "OrderPlaced");
  }

  @Test
  void schema_name_takes_the_avro_full_name_or_the_json_schema_id_or_title() {
    assertThat(subjects(new Subjects(SubjectNaming.SCHEMA_NAME, null, Map.of()), FILES))
        .containsExactly("https://acme.example/customer-registered.json", "UserRenamed", "com.acme.orders.OrderPlaced");
  }

  @Test
  void a_suffix_makes_topic_style_value_or_key_subjects() {
    assertThat(subjects(new Subjects(SubjectNaming.FILE_NAME, "-value", Map.of()), Map.of("orders.avsc", avroRecord("O", ""))))
        .containsExactly("orders-value");
    assertThat(subjects(new Subjects(SubjectNaming.SCHEMA_NAME, "-key", Map.of()), Map.of("a.avsc", avroRecord("com.acme.Key", ""))))
        .containsExactly("com.acme.Key-key");
  }

  @Test
  void an_explicit_mapping_by_path_or_file_name_wins_over_the_strategy() {
    Subjects mapped = new Subjects(SubjectNaming.SCHEMA_NAME, "-value",
        Map.of("orders/OrderPlaced.avsc", "orders-value", "UserRenamed.json", "users-value"));

    assertThat(subjects(mapped, FILES)).containsExactly("https://acme.example/customer-registered.json-value", "users-value", "orders-value");
  }

  @Test
  void the_display_path_includes_the_schema_folder() {
    assertThat(new Subjects(null, null, Map.of()).assign(parsed(FILES), "src/main/schemas"))
        .extracting(SubjectFile::displayPath)
        .containsExactly("src/main/schemas/CustomerRegistered.json", "src/main/schemas/UserRenamed.json",
            "src/main/schemas/orders/OrderPlaced.avsc");
  }

  @Test
  void two_files_with_one_subject_are_a_configuration_error_naming_both() {
    Throwable thrown = catchThrowable(() -> subjects(new Subjects(null, null, Map.of()),
        Map.of("a/OrderPlaced.avsc", avroRecord("A", ""), "b/OrderPlaced.avsc", avroRecord("B", ""))));

    assertThat(thrown).isInstanceOf(SchemaGateException.class).hasMessage(
        "The schema files src/main/schemas/a/OrderPlaced.avsc and src/main/schemas/b/OrderPlaced.avsc both get the subject"
            + " \"OrderPlaced\"; give one of them another subject in subjectMappings.");
  }

  @Test
  void a_mapping_for_a_file_that_does_not_exist_is_a_configuration_error() {
    Throwable thrown = catchThrowable(() -> subjects(new Subjects(null, null, Map.of("OrderPlacd.avsc", "x")), FILES));

    assertThat(thrown).hasMessage("The subjectMappings entry for \"OrderPlacd.avsc\" names no schema file in src/main/schemas;"
        + " use a path below that folder (orders/OrderPlaced.avsc) or a file name (OrderPlaced.avsc).");
  }

  @Test
  void schema_name_needs_a_name_in_the_schema() {
    Throwable thrown = catchThrowable(() -> subjects(new Subjects(SubjectNaming.SCHEMA_NAME, null, Map.of()),
        Map.of("Anonymous.json", "{\"type\":\"object\"}")));

    assertThat(thrown).hasMessage("The schema src/main/schemas/Anonymous.json gives itself no name (an Avro named type, or a JSON Schema $id or title),"
        + " so subjectNaming SCHEMA_NAME cannot name its subject; add a name or map the file in subjectMappings.");
  }

  @Test
  void an_invalid_schema_keeps_its_file_name_as_subject_so_it_can_be_reported() {
    assertThat(subjects(new Subjects(SubjectNaming.SCHEMA_NAME, null, Map.of()), Map.of("Broken.avsc", "{")))
        .containsExactly("Broken");
  }
}
