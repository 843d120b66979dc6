package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.PeerSuites;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Other projects' Avro compatibility cases, read from the folder {@link PeerSuites} names (skipped
 * when none is named): Apache Avro's own reader/writer pairs and histories, and Apicurio's cases. Our verdict must equal theirs in both directions, and
 * our rule id and pointer where they name one. The one kind of place where our pointer differs on
 * purpose is printed: where the writer's (the old) schema has a union, Avro's location ends with the
 * index of the branch in that union, which the new schema may not have; we point at the new
 * schema's place instead.
 */
class AvroPeerSuiteTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();
  private static final List<String> DIFFERENCES = new ArrayList<>();
  private static int checked;

  private static JsonNode read(String file) throws IOException {
    return MAPPER.readTree(PeerSuites.file(file).toFile());
  }

  private static ParsedSchema parse(JsonNode schema) {
    return SchemaParser.parse(SchemaType.AVRO, schema.isTextual() ? "\"" + schema.asText() + "\"" : schema.toString());
  }

  private static CompatibilityReport check(ParsedSchema candidate, List<ParsedSchema> history, CompatibilityLevel level) {
    List<VersionedSchema> versions = new ArrayList<>();
    for (ParsedSchema old : history) {
      versions.add(new VersionedSchema(versions.size() + 1, old));
    }
    checked++;
    return CHECKER.check(candidate, versions, level);
  }

  @Test
  void avros_reader_writer_pairs_get_avros_verdict_rule_and_location() throws IOException {
    JsonNode suite = read("avro/avro-java-compat-cases.extracted.json");
    int index = 0;
    for (JsonNode pair : suite.get("pairs")) {
      String name = "pair " + index++ + " (" + pair.get("source").asText() + ")";
      ParsedSchema reader = parse(pair.get("reader"));
      ParsedSchema writer = parse(pair.get("writer"));
      boolean compatible = pair.get("compatible").asBoolean();
      CompatibilityReport backward = check(reader, List.of(writer), CompatibilityLevel.BACKWARD);
      CompatibilityReport forward = check(writer, List.of(reader), CompatibilityLevel.FORWARD);

      assertThat(backward.isCompatible()).as("%s backward: %s", name, backward.messages()).isEqualTo(compatible);
      assertThat(forward.isCompatible()).as("%s forward: %s", name, forward.messages()).isEqualTo(compatible);
      if (pair.has("expected_incompatibility_type")) {
        expectRulesAndPlaces(name, pair, backward);
      }
    }
  }

  /** The reader is the new schema here, so Avro's location in the reader is our pointer. */
  private static void expectRulesAndPlaces(String name, JsonNode pair, CompatibilityReport report) {
    List<String> types = texts(pair.get("expected_incompatibility_type"));
    List<String> locations = texts(pair.get("expected_location"));
    List<Incompatibility> found = report.incompatibilities();
    assertThat(found).as(name).hasSize(locations.size());
    for (int i = 0; i < locations.size(); i++) {
      String type = types.get(Math.min(i, types.size() - 1));
      assertThat(found.get(i).rule().name()).as(name).isEqualTo(type);
      String avro = locations.get(i).equals("/") ? "" : locations.get(i);
      String ours = found.get(i).path();
      if (!ours.equals(avro)) {
        String union = avro.substring(0, avro.lastIndexOf('/'));
        assertThat(ours).as("%s: Avro's %s differs from ours only by the old union's branch index", name, avro)
            .isEqualTo(union);
        assertThat(avro.substring(avro.lastIndexOf('/') + 1)).as("%s: a branch index", name).containsOnlyDigits();
        DIFFERENCES.add(name + " " + type + ": Avro ends its location with the index of the old union's branch, "
            + avro + "; the new schema has no such branch, so we point at #" + ours);
      }
    }
  }

  @Test
  void avros_histories_get_avros_verdict_at_each_level() throws IOException {
    JsonNode suite = read("avro/avro-java-compat-cases.extracted.json");
    JsonNode schemas = suite.get("history_schemas");
    for (JsonNode c : suite.get("history_cases")) {
      List<ParsedSchema> history = new ArrayList<>();
      c.get("history_oldest_to_newest").forEach(n -> history.add(parse(schemas.get(n.asText()))));
      CompatibilityLevel level = CompatibilityLevel.valueOf(c.get("level").asText());
      CompatibilityReport report = check(parse(schemas.get(c.get("new").asText())), history, level);

      assertThat(report.isCompatible()).as("%s at %s: %s", c, level, report.messages())
          .isEqualTo(c.get("expected_compatible").asBoolean());
    }
  }

  @Test
  void apicurios_cases_get_apicurios_verdict_in_both_directions() throws IOException {
    for (JsonNode c : read("apicurio/avro-compatibility-test-data.json").get("tests")) {
      if (!c.path("enabled").asBoolean(true)) {
        continue;
      }
      String compatibility = c.get("compatibility").asText();
      ParsedSchema original = parse(c.get("original"));
      ParsedSchema updated = parse(c.get("updated"));
      CompatibilityReport backward = check(updated, List.of(original), CompatibilityLevel.BACKWARD);
      CompatibilityReport forward = check(updated, List.of(original), CompatibilityLevel.FORWARD);

      assertThat(backward.isCompatible()).as("%s backward: %s", c.get("id"), backward.messages())
          .isEqualTo(!compatibility.equals("none"));
      assertThat(forward.isCompatible()).as("%s forward: %s", c.get("id"), forward.messages())
          .isEqualTo(compatibility.equals("both"));
    }
  }

  @AfterAll
  static void print_the_differences() {
    System.out.printf("Avro peer suites: %d checks agree on the verdict; %d pointers differ on purpose%n", checked,
        DIFFERENCES.size());
    DIFFERENCES.forEach(d -> System.out.println("  " + d));
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> texts.add(n.asText()));
    } else {
      texts.add(node.asText());
    }
    return texts;
  }
}
