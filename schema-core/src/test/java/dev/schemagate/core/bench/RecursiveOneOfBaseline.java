package dev.schemagate.core.bench;

import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The baseline of {@link RecursiveOneOfBenchmark}, in its own class so that it runs once and not
 * once per K, and named so that the same filter selects both: the same change (an object gains a
 * "note" string) on one plain object with no {@code oneOf} and no {@code $ref}, checked by the
 * same checker at FULL. The recursive figures are read as ratios to these.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecursiveOneOfBaseline extends FullCheckBenchmark {
  private static final String OLD = "{\"type\":\"object\",\"properties\":{\"v0\":{\"type\":\"string\"}},\"required\":[\"v0\"]}";
  private static final String NEW =
      "{\"type\":\"object\",\"properties\":{\"v0\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}},\"required\":[\"v0\"]}";

  @Setup
  public void setUp() {
    history = List.of(new VersionedSchema(1, SchemaParser.parse(SchemaType.JSON, OLD)));
    candidate = SchemaParser.parse(SchemaType.JSON, NEW);
  }
}
