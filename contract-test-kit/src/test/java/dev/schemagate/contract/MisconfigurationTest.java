package dev.schemagate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.contract.Fixtures.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every way to set the kit up wrongly fails with an ExtensionConfigurationException naming the setting and where it looked. */
class MisconfigurationTest {
  private static final String HERE = MisconfigurationTest.class.getName();
  private static final String JSON = "src/test/resources/contracts/json";

  @Fixture
  @EventContractTest
  static class NoSource {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void a_class_without_a_schema_source_is_told_the_choices() {
    assertThat(Fixtures.failure(NoSource.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest on " + HERE + "$NoSource has no schema source; give one of schemas, classpath or registryUrl.");
  }

  @Fixture
  @EventContractTest(schemas = JSON, registryUrl = "http://127.0.0.1:1")
  static class TwoSources {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void two_schema_sources_are_named() {
    assertThat(Fixtures.failure(TwoSources.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest on " + HERE + "$TwoSources has 2 schema sources (schemas = \"" + JSON
            + "\", registryUrl = \"http://127.0.0.1:1\"); give exactly one.");
  }

  @Fixture
  @EventContractTest(schemas = "src/test/resources/no-such-folder")
  static class MissingDirectory {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void a_missing_directory_is_named_with_where_relative_paths_start() {
    Path workingDirectory = Path.of("").toAbsolutePath();
    assertThat(Fixtures.failure(MissingDirectory.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(schemas = \"src/test/resources/no-such-folder\") on " + HERE + "$MissingDirectory: the directory "
            + workingDirectory.resolve("src/test/resources/no-such-folder") + " does not exist (a relative path starts at the"
            + " working directory " + workingDirectory + "); give the folder that holds the schema files.");
  }

  @Fixture
  @EventContractTest(classpath = "no/such/folder/")
  static class MissingClasspathFolder {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void a_classpath_folder_that_is_nowhere_is_named() {
    assertThat(Fixtures.failure(MissingClasspathFolder.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(classpath = \"no/such/folder/\") on " + HERE + "$MissingClasspathFolder: no folder \"no/such/folder/\""
            + " is on the test classpath (looked with the class loader of the test); add the jar or resources that hold it,"
            + " or fix the name.");
  }

  @Fixture
  @EventContractTest(schemas = JSON)
  static class UnknownSubject {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat("{}").conformsTo("OrderShipped");
    }
  }

  @Test
  void an_unknown_subject_says_where_it_was_looked_for_and_what_is_there() {
    assertThat(Fixtures.failure(UnknownSubject.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(schemas = \"" + JSON + "\") on " + HERE + "$UnknownSubject: no contract for subject \"OrderShipped\""
            + " in directory " + JSON + ": looked for OrderShipped.avsc or OrderShipped.json"
            + " anywhere below it and for a history folder OrderShipped/ at its top; the subjects there are \"OrderLine\","
            + " \"OrderPlaced\", \"PaymentRequested\".");
  }

  @Fixture
  @EventContractTest(schemas = JSON)
  static class UnknownVersion {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat("{}").conformsTo("OrderPlaced", 7);
    }
  }

  @Test
  void an_unknown_version_lists_the_versions_there_are() {
    assertThat(Fixtures.failure(UnknownVersion.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(schemas = \"" + JSON + "\") on " + HERE + "$UnknownVersion: subject \"OrderPlaced\" has no version 7"
            + " in directory " + JSON + "; its versions are 1, 2.");
  }

  @Fixture
  @EventContractTest(registryUrl = "http://127.0.0.1:1", registryToken = "${SCHEMAGATE_TEST_UNSET_TOKEN}")
  static class UnsetPlaceholder {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void an_unset_placeholder_names_the_variable() {
    assertThat(Fixtures.failure(UnsetPlaceholder.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(registryToken = \"${SCHEMAGATE_TEST_UNSET_TOKEN}\") on " + HERE + "$UnsetPlaceholder: neither a"
            + " system property nor an environment variable named SCHEMAGATE_TEST_UNSET_TOKEN is set; set one of them.");
  }

  @Fixture
  @EventContractTest(schemas = JSON, registryUser = "ci", registryPassword = "secret")
  static class CredentialsWithoutRegistry {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void credentials_without_a_registry_are_refused() {
    assertThat(Fixtures.failure(CredentialsWithoutRegistry.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest on " + HERE + "$CredentialsWithoutRegistry has registry credentials but no registryUrl; give the"
            + " registry's URL or drop the credentials.");
  }

  @Fixture
  @EventContractTest(registryUrl = "http://127.0.0.1:1", registryUser = "ci")
  static class UserWithoutPassword {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void basic_auth_needs_user_and_password() {
    assertThat(Fixtures.failure(UserWithoutPassword.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest on " + HERE + "$UserWithoutPassword has registryUser but no registryPassword; basic auth needs both.");
  }

  @Fixture
  @EventContractTest(schemas = "src/test/resources/broken")
  static class InvalidSchemaFile {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat("{}").conformsTo("Bad");
    }
  }

  @Test
  void an_invalid_schema_file_is_named_with_its_problems() {
    assertThat(Fixtures.failure(InvalidSchemaFile.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(schemas = \"src/test/resources/broken\") on " + HERE + "$InvalidSchemaFile: the schema file"
            + " src/test/resources/broken/Bad.avsc (subject \"Bad\" version 1) is not a valid AVRO schema; fix it:"
            + " #/fields/0/type: The type \"Missing\" is not defined; define it in this schema or add a reference to the schema"
            + " that defines it.");
  }

  @Fixture
  @EventContractTest(schemas = "src/test/resources/broken")
  static class TwoFilesOfOneSubject {
    @Test
    void test(EventContracts contracts) {
      contracts.assertThat("{}").conformsTo("Twice");
    }
  }

  @Test
  void two_files_of_one_subject_are_ambiguous() {
    assertThat(Fixtures.failure(TwoFilesOfOneSubject.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "@EventContractTest(schemas = \"src/test/resources/broken\") on " + HERE + "$TwoFilesOfOneSubject: subject \"Twice\" has"
            + " more than one schema file in directory src/test/resources/broken"
            + " (src/test/resources/broken/Twice.avsc, src/test/resources/broken/Twice.json), so its contract is ambiguous; keep one.");
  }

  @Fixture
  @ExtendWith(EventContractsExtension.class)
  static class ExtensionWithoutAnnotation {
    @Test
    void test(EventContracts contracts) {}
  }

  @Test
  void the_bare_extension_asks_for_the_annotation() {
    assertThat(Fixtures.failure(ExtensionWithoutAnnotation.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "EventContractsExtension was registered on " + HERE + "$ExtensionWithoutAnnotation without @EventContractTest; annotate"
            + " the class or register EventContractsExtension.create(config -> ...).");
  }

  @Fixture
  static class ProgrammaticTwoSources {
    @RegisterExtension
    static EventContractsExtension contracts = EventContractsExtension.create(config -> config.schemas(JSON).classpath("contracts/avro"));

    @Test
    void test() {}
  }

  @Test
  void the_programmatic_form_refuses_two_sources_too() {
    assertThat(Fixtures.failure(ProgrammaticTwoSources.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
        "EventContractsExtension.create(...) in field " + HERE + "$ProgrammaticTwoSources.contracts has 2 schema sources (schemas(\""
            + JSON + "\"), classpath(\"contracts/avro\")); give exactly one.");
  }

  @Fixture
  static class ProgrammaticUnknownSubject {
    @RegisterExtension
    static EventContractsExtension orders = EventContractsExtension.create(config -> config.schemas(JSON));

    @Test
    void test() {
      orders.assertThat("{}").conformsTo("OrderShipped");
    }
  }

  @Test
  void the_programmatic_form_names_the_field_it_is_in_and_where_it_looked() {
    assertThat(Fixtures.failure(ProgrammaticUnknownSubject.class)).isInstanceOf(ExtensionConfigurationException.class).hasMessageStartingWith(
        "schemas(\"" + JSON + "\") in field " + HERE + "$ProgrammaticUnknownSubject.orders: no contract for subject \"OrderShipped\""
            + " in directory " + JSON + ": looked for OrderShipped.avsc or OrderShipped.json anywhere below it");
  }
}
