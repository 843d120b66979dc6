package dev.schemagate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.schema.SchemaType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest extends AgainstRegistryServer {
  private static final String V1 = "{\"type\":\"record\",\"name\":\"O\",\"fields\":[]}";
  private static final String V2 = "{\"type\":\"record\",\"name\":\"O\",\"fields\":[{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}";
  private static final String USER = "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}";

  @TempDir Path out;

  @BeforeEach
  void two_subjects() {
    registry.register("OrderPlaced", SchemaType.AVRO, V1, List.of());
    registry.register("OrderPlaced", SchemaType.AVRO, V2, List.of());
    registry.register("users/renamed-value", SchemaType.JSON, USER, List.of());
  }

  @Test
  void the_latest_version_of_listed_subjects_is_written_with_the_extension_of_its_language() throws Exception {
    List<Download.Written> written = new Download(registry).download(List.of("OrderPlaced", "users/renamed-value"), null, "latest", out);

    assertThat(written).extracting(w -> w.subject() + " " + w.version() + " " + out.relativize(w.file()))
        .containsExactly("OrderPlaced 2 OrderPlaced.avsc", "users/renamed-value 1 users_renamed-value.json");
    assertThat(Files.readString(out.resolve("OrderPlaced.avsc"))).isEqualTo(V2);
  }

  @Test
  void every_version_goes_into_a_folder_per_subject_as_a_baseline_reads_them() throws Exception {
    new Download(registry).download(List.of(), "Order.*", "all", out);

    assertThat(Files.readString(out.resolve("OrderPlaced/1.avsc"))).isEqualTo(V1);
    assertThat(Files.readString(out.resolve("OrderPlaced/2.avsc"))).isEqualTo(V2);
    assertThat(out.resolve("users_renamed-value")).doesNotExist();
  }

  @Test
  void a_given_version_is_written() throws Exception {
    new Download(registry).download(List.of("OrderPlaced"), null, "1", out);

    assertThat(Files.readString(out.resolve("OrderPlaced.avsc"))).isEqualTo(V1);
  }

  @Test
  void unknown_subjects_and_versions_are_named_and_nothing_is_written() {
    Throwable thrown = catchThrowable(() -> new Download(registry).download(List.of("OrderPlaced", "Nope"), null, "2", out));

    assertThat(thrown).hasMessage("The registry at " + server.url() + " has no Nope; check the subject names and versions.");
    assertThat(out).isEmptyDirectory();
    assertThat(catchThrowable(() -> new Download(registry).download(List.of("OrderPlaced"), null, "7", out)))
        .hasMessage("The registry at " + server.url() + " has no OrderPlaced (no version 7); check the subject names and versions.");
  }

  @Test
  void a_pattern_that_matches_nothing_and_no_subjects_is_refused() {
    assertThat(catchThrowable(() -> new Download(registry).download(List.of(), "Payment.*", "latest", out)))
        .hasMessage("Nothing to download: list subjects or give a subjectPattern that matches a subject at " + server.url() + ".");
    assertThat(catchThrowable(() -> new Download(registry).download(List.of(), "(", "latest", out)))
        .hasMessageStartingWith("The subjectPattern \"(\" is not a regular expression: ");
  }

  @Test
  void a_version_that_is_neither_a_number_nor_latest_nor_all_is_refused_before_any_request() {
    assertThat(catchThrowable(() -> new Download(registry).download(List.of("OrderPlaced"), null, "0", out)))
        .hasMessage("version (property schemagate.version) is \"0\"; give latest, all or a version number such as 3.");
  }

  @Test
  void an_output_folder_that_is_a_file_is_named_in_words() throws Exception {
    Path taken = Files.writeString(out.resolve("taken"), "not a folder");

    assertThat(catchThrowable(() -> new Download(registry).download(List.of("OrderPlaced"), null, "latest", taken)))
        .hasMessage("The schema file " + taken.resolve("OrderPlaced.avsc") + " cannot be written because " + taken
            + " is a file where a folder is needed; choose another outputDirectory.");
  }
}
