package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.PeerSuites;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Other registries' JSON Schema compatibility cases (Karapace's and Apicurio's), read from the
 * folder {@link PeerSuites} names. Our verdicts follow the set meaning; where a peer's verdict differs,
 * the case must be listed in {@code rules/json/peer-disagreements.tsv} with our verdict and the
 * reason, so that every difference is a decision and any new one fails the build.
 */
class JsonPeerSuitesTest {
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();
  private static final Map<String, AtomicInteger> COUNTS = new LinkedHashMap<>();

  @TestFactory
  Stream<DynamicTest> karapace_cases_agree_or_are_listed_disagreements() throws IOException {
    JsonNode suite = Json.parse(Files.readString(PeerSuites.file("karapace/jsonschema-compat-cases.extracted.json")));
    Map<String, String[]> listed = disagreements("karapace");
    List<DynamicTest> tests = new ArrayList<>();
    int index = 0;
    for (JsonNode c : suite.get("cases")) {
      String id = "K" + ++index + " " + c.get("test").asText() + " " + c.get("reader_name").asText() + " <- " + c.get("writer_name").asText();
      String theirs = c.get("compatible").asBoolean() ? "compatible" : "incompatible";
      tests.add(DynamicTest.dynamicTest(id, () -> judge("karapace", id, theirs, readerReads(c.get("reader"), c.get("writer")), listed)));
    }
    return tests.stream();
  }

  /** Apicurio: "backward" = updated reads original and not the reverse, "both", or "none". */
  @TestFactory
  Stream<DynamicTest> apicurio_cases_agree_or_are_listed_disagreements() throws IOException {
    JsonNode suite = Json.parse(Files.readString(PeerSuites.file("apicurio/jsonschema-compatibility-test-data.json")));
    Map<String, String[]> listed = disagreements("apicurio");
    List<DynamicTest> tests = new ArrayList<>();
    int index = 0;
    for (JsonNode c : suite.get("tests")) {
      String id = "A" + ++index + " " + c.get("id").asText();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        String backward = readerReads(c.get("updated"), c.get("original"));
        String forward = readerReads(c.get("original"), c.get("updated"));
        String ours = backward.equals("invalid") ? "invalid"
            : backward.equals("compatible") ? (forward.equals("compatible") ? "both" : "backward")
            : forward.equals("compatible") ? "forward" : "none";
        judge("apicurio", id, c.get("compatibility").asText(), ours, listed);
      }));
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void every_listed_disagreement_names_a_case_of_the_suites() throws IOException {
    List<String> ids = new ArrayList<>();
    int index = 0;
    for (JsonNode c : Json.parse(Files.readString(PeerSuites.file("karapace/jsonschema-compat-cases.extracted.json"))).get("cases")) {
      ids.add("K" + ++index + " " + c.get("test").asText() + " " + c.get("reader_name").asText() + " <- " + c.get("writer_name").asText());
    }
    index = 0;
    for (JsonNode c : Json.parse(Files.readString(PeerSuites.file("apicurio/jsonschema-compatibility-test-data.json"))).get("tests")) {
      ids.add("A" + ++index + " " + c.get("id").asText());
    }

    assertThat(ids).containsAll(disagreements("karapace").keySet()).containsAll(disagreements("apicurio").keySet());
  }

  private static void judge(String suite, String id, String theirs, String ours, Map<String, String[]> listed) {
    String[] decision = listed.get(id);
    if (ours.equals(theirs)) {
      assertThat(decision).as("%s agrees now; remove it from peer-disagreements.tsv", id).isNull();
      COUNTS.computeIfAbsent(suite + " agree", k -> new AtomicInteger()).incrementAndGet();
      return;
    }
    assertThat(decision).as("%s: %s says %s, SchemaGate says %s; fix the checker or list the case with a reason", id, suite, theirs, ours).isNotNull();
    assertThat(decision[0]).as("our listed verdict for %s", id).isEqualTo(ours);
    COUNTS.computeIfAbsent(suite + " listed disagreements", k -> new AtomicInteger()).incrementAndGet();
  }

  /** "compatible", "incompatible", or "invalid" when a schema does not parse; reader is the new schema. */
  private static String readerReads(JsonNode reader, JsonNode writer) {
    ParsedSchema parsedReader;
    ParsedSchema parsedWriter;
    try {
      parsedReader = SchemaParser.parse(SchemaType.JSON, reader.toString());
      parsedWriter = SchemaParser.parse(SchemaType.JSON, writer.toString());
    } catch (InvalidSchemaException invalid) {
      return "invalid";
    }
    List<VersionedSchema> history = List.of(new VersionedSchema(1, parsedWriter));
    boolean compatible = CHECKER.check(parsedReader, history, CompatibilityLevel.BACKWARD).isCompatible();
    if (CHECKER.isCompatible(parsedReader, history, CompatibilityLevel.BACKWARD) != compatible) {
      return "verdict disagrees with the report";
    }
    return compatible ? "compatible" : "incompatible";
  }

  private static Map<String, String[]> disagreements(String suite) throws IOException {
    Map<String, String[]> listed = new LinkedHashMap<>();
    try (InputStream in = JsonPeerSuitesTest.class.getResourceAsStream("/rules/json/peer-disagreements.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] columns = line.split("\t");
        if (columns.length == 4 && columns[0].equals(suite)) {
          listed.put(columns[1], new String[] {columns[2], columns[3]});
        }
      }
    }
    return listed;
  }

  @AfterAll
  static void print_the_counts() {
    System.out.println("JSON Schema peer suites: " + COUNTS);
  }
}
