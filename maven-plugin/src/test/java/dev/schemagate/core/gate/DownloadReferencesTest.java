package dev.schemagate.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.schemagate.core.catalog.LocalSchema;
import dev.schemagate.core.catalog.SchemaCatalog;
import dev.schemagate.core.catalog.SchemaFiles;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** download also writes what the schemas reference, where validate and check find it offline. */
class DownloadReferencesTest extends AgainstRegistryServer {
  private static final String COUNTRY = "{\"type\":\"enum\",\"name\":\"Country\",\"namespace\":\"com.acme\",\"symbols\":[\"DE\",\"FR\"]}";
  private static final String MONEY = "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"com.acme\","
      + "\"fields\":[{\"name\":\"amount\",\"type\":\"long\"},{\"name\":\"country\",\"type\":\"Country\"}]}";
  private static final String ORDER_V1 = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"com.acme\","
      + "\"fields\":[{\"name\":\"total\",\"type\":\"Money\"}]}";
  private static final String ORDER_V2 = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"com.acme\","
      + "\"fields\":[{\"name\":\"total\",\"type\":\"Money\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}]}";
  private static final String ADDRESS = "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}";
  private static final String CUSTOMER = "{\"type\":\"object\",\"properties\":{\"home\":{\"$ref\":\"common/address.json\"}}}";

  @TempDir Path out;

  private void avroChain() {
    registry.register("Country", SchemaType.AVRO, COUNTRY, List.of());
    registry.register("Money", SchemaType.AVRO, MONEY, List.of(new SchemaReference("com.acme.Country", "Country", 1)));
    List<SchemaReference> money = List.of(new SchemaReference("com.acme.Money", "Money", 1));
    registry.register("OrderPlaced", SchemaType.AVRO, ORDER_V1, money);
    registry.register("OrderPlaced", SchemaType.AVRO, ORDER_V2, money);
  }

  private static List<LocalSchema> validated(Path folder) {
    return SchemaCatalog.load(SchemaFiles.directory(folder, "downloaded")).parseAll();
  }

  @Test
  void the_schemas_a_subject_references_are_written_too_and_the_folder_validates_offline() throws IOException {
    avroChain();

    List<Download.Written> written = new Download(registry).download(List.of("OrderPlaced"), null, "latest", out);

    assertThat(written).extracting(w -> w.subject() + " " + w.version() + " " + out.relativize(w.file()) + " " + w.usedBy())
        .containsExactly("OrderPlaced 2 OrderPlaced.avsc null", "Money 1 Money.avsc OrderPlaced", "Country 1 Country.avsc Money");
    assertThat(Files.readString(out.resolve("Money.avsc"))).isEqualTo(MONEY);
    assertThat(validated(out)).allSatisfy(schema -> assertThat(schema.problems()).isEmpty()).hasSize(3);
  }

  @Test
  void a_json_schema_goes_where_the_ref_of_the_schema_using_it_points() throws IOException {
    registry.register("common-address", SchemaType.JSON, ADDRESS, List.of());
    registry.register("CustomerRegistered", SchemaType.JSON, CUSTOMER, List.of(new SchemaReference("common/address.json", "common-address", 1)));

    new Download(registry).download(List.of("CustomerRegistered"), null, "latest", out);

    assertThat(Files.readString(out.resolve("common/address.json"))).isEqualTo(ADDRESS);
    assertThat(validated(out)).extracting(schema -> schema.file().path() + " " + schema.problems())
        .containsExactly("CustomerRegistered.json []", "common/address.json []");
  }

  @Test
  void every_version_with_its_references_serves_offline_as_a_baseline(@TempDir Path project) throws IOException {
    avroChain();
    Path baseline = project.resolve("baseline");
    new Download(registry).download(List.of("OrderPlaced"), null, "all", baseline);
    Path schemas = Files.createDirectories(project.resolve("src/main/schemas"));
    Files.writeString(schemas.resolve("OrderPlaced.avsc"), ORDER_V2);
    SchemaCatalog local = SchemaCatalog.load(SchemaFiles.directory(schemas, "src/main/schemas"));

    SubjectHistory history = Baselines.open("baseline", project, schemas, local).of(LocalFiles.byFileName(local).get(0));

    assertThat(history.problems()).isEmpty();
    assertThat(history.versions()).extracting(VersionedSchema::version).containsExactly(1, 2);
  }

  @Test
  void a_chosen_subject_keeps_its_own_version_where_a_reference_would_go() throws IOException {
    avroChain();
    String money2 = MONEY.replace("\"long\"}", "\"long\"},{\"name\":\"cents\",\"type\":\"int\",\"default\":0}");
    registry.register("Money", SchemaType.AVRO, money2, List.of(new SchemaReference("com.acme.Country", "Country", 1)));

    new Download(registry).download(List.of("OrderPlaced", "Money"), null, "latest", out);

    assertThat(Files.readString(out.resolve("Money.avsc"))).isEqualTo(money2);
  }

  @Test
  void a_reference_the_registry_no_longer_has_is_named_and_nothing_is_written() throws IOException {
    try (ScriptedRegistry scripted = new ScriptedRegistry()) {
      scripted.subject("OrderPlaced", ORDER_V1).answer("/subjects/OrderPlaced/versions/latest", "{\"subject\":\"OrderPlaced\","
          + "\"version\":1,\"id\":1,\"schema\":\"\\\"string\\\"\",\"references\":[{\"name\":\"com.acme.Money\",\"subject\":\"Money\",\"version\":4}]}");

      Throwable thrown = catchThrowable(() -> new Download(scripted.client()).download(List.of("OrderPlaced"), null, "latest", out));

      assertThat(thrown).hasMessage("Version 1 of subject \"OrderPlaced\" references version 4 of subject \"Money\", which the registry at "
          + scripted.url() + " does not have, so the downloaded schema could not be read; nothing was written.");
      assertThat(out).isEmptyDirectory();
    }
  }
}
