package dev.schemagate.core.gate;

import static dev.schemagate.core.gate.LocalFiles.avroRecord;
import static dev.schemagate.core.gate.LocalFiles.byFileName;
import static dev.schemagate.core.gate.LocalFiles.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.report.ConsoleReport;
import dev.schemagate.core.report.GateReport;
import dev.schemagate.core.report.Outcome;
import dev.schemagate.core.report.SubjectResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationTest extends AgainstRegistryServer {
  private static final String MONEY = "{\"type\":\"record\",\"name\":\"Money\",\"namespace\":\"com.acme\",\"fields\":[{\"name\":\"amount\",\"type\":\"long\"}]}";
  private static final String ORDER_V1 = "{\"type\":\"record\",\"name\":\"OrderPlaced\",\"namespace\":\"com.acme\","
      + "\"fields\":[{\"name\":\"total\",\"type\":\"Money\"}]}";

  private GateReport register(Map<String, String> files, boolean dryRun) {
    CompatibilityGate gate = new CompatibilityGate(new RegistryHistory(registry), LevelChoice.defaults(), CompatibilityChecker.create());
    return new Registration(registry, gate, dryRun).register(byFileName(catalog("src/main/schemas", files)));
  }

  private static List<String> summaries(GateReport report) {
    return report.results().stream().map(r -> r.subject() + ": " + ConsoleReport.summary(r)).toList();
  }

  @Test
  void registers_used_schemas_first_and_references_the_versions_they_got() {
    GateReport report = register(Map.of("A-OrderPlaced.avsc", ORDER_V1, "Money.avsc", MONEY), false);

    assertThat(summaries(report)).containsExactly(
        "Money: registered as version 1 (id 1), the subject's first version",
        "A-OrderPlaced: registered as version 1 (id 2), the subject's first version");
    assertThat(registry.latest("A-OrderPlaced").schema().references())
        .containsExactly(new SchemaReference("com.acme.Money", "Money", 1));
  }

  @Test
  void registering_the_same_schemas_again_changes_nothing() {
    register(Map.of("OrderPlaced.avsc", ORDER_V1, "Money.avsc", MONEY), false);

    GateReport again = register(Map.of("OrderPlaced.avsc", ORDER_V1, "Money.avsc", MONEY), false);

    assertThat(summaries(again)).containsExactly(
        "Money: already registered as version 1 (id 1), nothing to do",
        "OrderPlaced: already registered as version 1 (id 2), nothing to do");
    assertThat(registry.versions("OrderPlaced")).containsExactly(1);
  }

  @Test
  void a_compatible_new_version_is_checked_at_the_registry_level_then_registered() {
    register(Map.of("OrderPlaced.avsc", avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"string\"}")), false);
    registry.setCompatibility("OrderPlaced", CompatibilityLevel.FULL);

    GateReport report = register(Map.of("OrderPlaced.avsc",
        avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"n\",\"type\":\"int\",\"default\":0}")), false);

    assertThat(summaries(report)).containsExactly("OrderPlaced: registered as version 2 (id 2), compatible with version 1 at FULL");
  }

  @Test
  void an_incompatible_schema_fails_like_check_and_nothing_is_registered() {
    register(Map.of("OrderPlaced.avsc", avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"string\"}")), false);

    GateReport report = register(Map.of(
        "OrderPlaced.avsc", avroRecord("OrderPlaced", "{\"name\":\"id\",\"type\":\"int\"}"),
        "Money.avsc", MONEY), false);

    assertThat(report.failures()).extracting(SubjectResult::subject).containsExactly("OrderPlaced");
    assertThat(report.failures().get(0).problems()).extracting(p -> p.rule()).containsExactly("TYPE_MISMATCH");
    assertThat(report.results()).filteredOn(r -> r.subject().equals("Money")).extracting(SubjectResult::outcome)
        .containsExactly(Outcome.NEW);
    assertThat(registry.subjects()).containsExactly("OrderPlaced");
  }

  @Test
  void a_dry_run_registers_nothing() {
    GateReport report = register(Map.of("OrderPlaced.avsc", ORDER_V1, "Money.avsc", MONEY), true);

    assertThat(summaries(report)).containsExactly(
        "Money: would be registered as a new version (dry run), the subject's first version",
        "OrderPlaced: would be registered (dry run) after the schemas it uses, the subject's first version");
    assertThat(registry.subjects()).isEmpty();
  }

  @Test
  void the_registry_history_of_an_unknown_subject_is_new_with_a_note() {
    RegistryHistory history = new RegistryHistory(registry);
    SubjectFile file = byFileName(catalog("src/main/schemas", Map.of("Money.avsc", MONEY))).get(0);

    assertThat(history.of(file).note()).isEqualTo("new subject, not registered yet at " + server.url());
    assertThat(history.describe()).isEqualTo("registry " + server.url());
    assertThat(registry.lookup("Money", SchemaType.AVRO, MONEY, List.of())).isEmpty();
  }
}
