package dev.schemagate.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance corpus (schema pairs and histories with verdicts from the schema languages'
 * own semantics). Every case must match; the count of passing cases is printed.
 */
class ConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();
  private static final AtomicInteger PASSED = new AtomicInteger();
  private static final AtomicInteger RUN = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> every_avro_pair_gets_the_corpus_verdict() throws IOException {
    return pairs("avro-pairs.json");
  }

  @TestFactory
  Stream<DynamicTest> every_json_schema_pair_gets_the_corpus_verdict() throws IOException {
    return pairs("json-schema-pairs.json");
  }

  @TestFactory
  Stream<DynamicTest> every_history_gets_the_corpus_verdict_at_each_level() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : read("levels.json")) {
      SchemaType type = SchemaType.valueOf(c.get("schemaType").asText());
      List<VersionedSchema> history = new ArrayList<>();
      int version = 1;
      for (JsonNode old : c.get("history")) {
        history.add(new VersionedSchema(version++, parse(type, old)));
      }
      ParsedSchema candidate = parse(type, c.get("candidate"));
      for (Map.Entry<String, JsonNode> expect : c.get("expect").properties()) {
        CompatibilityLevel level = CompatibilityLevel.valueOf(expect.getKey());
        boolean compatible = expect.getValue().asBoolean();
        tests.add(DynamicTest.dynamicTest(c.get("id").asText() + " at " + level, () -> {
          CompatibilityReport report = CHECKER.check(candidate, history, level);
          counted(() -> assertThat(report.isCompatible())
              .as("%s at %s: %s", c.get("id").asText(), level, report.messages())
              .isEqualTo(compatible));
        }));
      }
    }
    return tests.stream();
  }

  /** A pair asks: can reader read writer? That is BACKWARD with reader = new, writer = the only old version. */
  private static Stream<DynamicTest> pairs(String file) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : read(file)) {
      SchemaType type = SchemaType.valueOf(c.get("schemaType").asText());
      boolean expected = c.get("readerCanReadWriter").asBoolean();
      tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> {
        ParsedSchema reader = parse(type, c.get("reader"));
        ParsedSchema writer = parse(type, c.get("writer"));
        CompatibilityReport report =
            CHECKER.check(reader, List.of(new VersionedSchema(1, writer)), CompatibilityLevel.BACKWARD);
        counted(() -> assertThat(report.isCompatible())
            .as("%s: %s", c.get("id").asText(), report.messages())
            .isEqualTo(expected));
      }));
    }
    return tests.stream();
  }

  private static void counted(Runnable assertion) {
    RUN.incrementAndGet();
    assertion.run();
    PASSED.incrementAndGet();
  }

  @AfterAll
  static void print_the_count() {
    System.out.printf("Conformance corpus: %d of %d cases passed%n", PASSED.get(), RUN.get());
  }

  private static ParsedSchema parse(SchemaType type, JsonNode schema) {
    return SchemaParser.parse(type, schema.toString());
  }

  private static JsonNode read(String file) throws IOException {
    try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/" + file)) {
      return MAPPER.readTree(in);
    }
  }
}
