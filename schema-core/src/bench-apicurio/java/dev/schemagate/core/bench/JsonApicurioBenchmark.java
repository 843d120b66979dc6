package dev.schemagate.core.bench;

import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.json.JsonSchemaChecker;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import io.apicurio.registry.content.TypedContent;
import io.apicurio.registry.rules.compatibility.CompatibilityLevel;
import io.apicurio.registry.rules.compatibility.JsonSchemaCompatibilityChecker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SchemaGate's JSON Schema verdict against Apicurio Registry's JSON Schema checker on the same
 * reader/writer pair (BenchmarkSchemas' OrderPlaced, BACKWARD: the new schema reads the old). Apicurio
 * starts from the two texts every time, so ours is measured both from parsed schemas (what the
 * registry does: parsed versions are kept in memory) and from the texts. Only with -Pbenchmark,
 * which alone puts Apicurio on the class path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonApicurioBenchmark {
  private static final String JSON = "application/json";

  @Param({"true", "false"})
  public boolean compatible;

  private final JsonSchemaChecker checker = new JsonSchemaChecker();
  private final JsonSchemaCompatibilityChecker apicurio = new JsonSchemaCompatibilityChecker();
  private ParsedSchema reader;
  private ParsedSchema writer;
  private TypedContent readerContent;
  private TypedContent writerContent;

  @Setup
  public void setUp() {
    writer = BenchmarkSchemas.schema(SchemaType.JSON, 1, true);
    reader = BenchmarkSchemas.schema(SchemaType.JSON, 2, compatible);
    readerContent = TypedContent.create(reader.text(), JSON);
    writerContent = TypedContent.create(writer.text(), JSON);
    // a race between two checkers that disagree would compare different work
    if (apicurio_verdict() != compatible || schemagate_verdict_only() != compatible) {
      throw new IllegalStateException("the checkers disagree on the pair (compatible=" + compatible + "): Apicurio says "
          + apicurio_verdict() + ", SchemaGate " + schemagate_verdict_only());
    }
  }

  @Benchmark
  public boolean apicurio_verdict() {
    return apicurio.testCompatibility(CompatibilityLevel.BACKWARD, List.of(writerContent), readerContent, Map.of())
        .isCompatible();
  }

  @Benchmark
  public boolean schemagate_verdict_only() {
    return checker.compatible(pair(reader, writer));
  }

  @Benchmark
  public boolean schemagate_verdict_from_texts() {
    return checker.compatible(pair(SchemaParser.parse(SchemaType.JSON, reader.text()),
        SchemaParser.parse(SchemaType.JSON, writer.text())));
  }

  private static SchemaPair pair(ParsedSchema reader, ParsedSchema writer) {
    return new SchemaPair(reader, writer, Direction.NEW_CANNOT_READ_OLD, 1, CompatibilityPolicy.STRICT, WitnessBudget.none());
  }
}
