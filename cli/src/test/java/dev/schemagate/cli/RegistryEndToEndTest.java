package dev.schemagate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.server.RegistryServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar as a process against a real registry on 127.0.0.1: register, check, set-compatibility, download and diff. */
class RegistryEndToEndTest {
  @TempDir Path data;
  @TempDir Path project;
  RegistryServer server;
  RegistryClient registry;

  @BeforeEach
  void startRegistryAndRegisterTheBaseline() throws Exception {
    server = RegistryServer.create(config -> {
      config.host("127.0.0.1");
      config.port(0);
      config.database(data.resolve("registry.db"));
    }).start();
    registry = RegistryClient.create(config -> config.url(server.url()));
    SchemaGateProcess.sample("avro", project);
    Path released = Files.createDirectories(project.resolve("released"));
    Files.copy(project.resolve("src/baseline/OrderPlaced.avsc"), released.resolve("OrderPlaced.avsc"));
    Files.copy(project.resolve("src/baseline/Money.avsc"), released.resolve("Money.avsc"));

    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "register", "--schemas", "released", "--registry", server.url());

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly(
        "Registering 2 schema files in released with registry " + server.url(),
        "Money (released/Money.avsc): registered as version 1 (id 1), the subject's first version",
        "OrderPlaced (released/OrderPlaced.avsc): registered as version 1 (id 2), the subject's first version",
        "SchemaGate register passed: 2 subjects, no problem against registry " + server.url() + ".");
  }

  @AfterEach
  void stopRegistry() {
    server.close();
  }

  @Test
  void check_against_the_registry_finds_the_breaks_at_their_lines() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "check", "--registry", server.url(), "--format", "github");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).extracting(line -> line.substring(0, line.indexOf("::", 2))).containsExactly(
        "::error file=src/main/schemas/OrderPlaced.avsc,line=7,col=26,title=SchemaGate TYPE_MISMATCH",
        "::error file=src/main/schemas/OrderPlaced.avsc,line=8,col=5,title=SchemaGate READER_FIELD_MISSING_DEFAULT_VALUE");
    assertThat(run.errLines()).first().isEqualTo("Checking 2 schema files in src/main/schemas against registry " + server.url());
  }

  @Test
  void the_level_set_in_the_registry_is_the_level_checked_at() {
    SchemaGateProcess.Run set = SchemaGateProcess.run(project, "set-compatibility", "--registry", server.url(), "--subject", "OrderPlaced",
        "--compatibility", "none");
    SchemaGateProcess.Run check = SchemaGateProcess.run(project, "check", "--registry", server.url());

    assertThat(set.exit()).isEqualTo(0);
    assertThat(set.outLines()).containsExactly("OrderPlaced: compatibility level set to NONE",
        "SchemaGate set-compatibility done; the registry checks new versions at these settings from now on.");
    assertThat(registry.compatibility("OrderPlaced")).isEqualTo(CompatibilityLevel.NONE);
    assertThat(check.exit()).isEqualTo(0);
    assertThat(check.outLines()).contains("OrderPlaced (src/main/schemas/OrderPlaced.avsc): not checked, its compatibility level is NONE");
  }

  @Test
  void register_refuses_everything_when_one_schema_breaks() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "register", "--registry", server.url());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(registry.versions("OrderPlaced")).containsExactly(1);
    assertThat(registry.versions("Money")).containsExactly(1);
    assertThat(run.lastLine()).startsWith("SchemaGate register failed: 2 problems in 1 of 2 subjects (OrderPlaced).");
  }

  @Test
  void download_writes_the_registered_versions_for_an_offline_check() throws Exception {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "download", "--registry", server.url(), "--subject", "OrderPlaced",
        "--version", "all", "--output-dir", "downloaded");

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.outLines()).containsExactly("OrderPlaced version 1 -> downloaded/OrderPlaced/1.avsc",
        "SchemaGate download wrote 1 schema file to downloaded; check them with: schemagate validate --schemas downloaded");
    assertThat(Files.readString(project.resolve("downloaded/OrderPlaced/1.avsc")))
        .isEqualTo(Files.readString(project.resolve("released/OrderPlaced.avsc")));
  }

  @Test
  void diff_compares_a_registered_version_with_a_file() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, "diff", "registry:OrderPlaced:1", "src/main/schemas/OrderPlaced.avsc",
        "--registry", server.url());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines()).containsExactly(
        "Comparing registry:OrderPlaced:1 (version 1) with src/main/schemas/OrderPlaced.avsc at BACKWARD",
        "src/main/schemas/OrderPlaced.avsc:7:26#/fields/1/type: changed \"type\" from \"int\" to \"string\"",
        "    breaks BACKWARD: " + FolderBaselineEndToEndTest.TYPE_MISMATCH + " [TYPE_MISMATCH]",
        "src/main/schemas/OrderPlaced.avsc:8:5#/fields/2: added field \"currency\": {\"name\":\"currency\",\"type\":\"string\"}",
        "    breaks BACKWARD: " + FolderBaselineEndToEndTest.MISSING_DEFAULT + " [READER_FIELD_MISSING_DEFAULT_VALUE]",
        "SchemaGate diff: 2 changes, 2 breaking at BACKWARD. Undo the breaking changes as their lines say, or publish the schema under"
            + " a new subject.");
  }

  @Test
  void credentials_come_from_the_environment_and_half_of_them_is_an_error() {
    SchemaGateProcess.Run run = SchemaGateProcess.run(project, java.util.Map.of("SCHEMAGATE_REGISTRY_USERNAME", "ci"), "check",
        "--registry", server.url());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).isEqualTo(List.of("Basic auth needs both SCHEMAGATE_REGISTRY_USERNAME and SCHEMAGATE_REGISTRY_PASSWORD,"
        + " but only SCHEMAGATE_REGISTRY_USERNAME is set; set the other, or unset it."));
  }
}
