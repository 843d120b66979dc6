package dev.schemagate.core.bench;

import dev.schemagate.core.avro.AvroChecker;
import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.SchemaCompatibility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What SchemaGate's Avro path costs over Avro's {@link SchemaCompatibility} alone on the same
 * reader/writer pair: Avro's decision only; ours as a verdict only (what a registration that
 * succeeds and a plain check ask for); ours without witnesses (decision, location, pointer,
 * sentence); ours with witnesses (each built and confirmed by decoding).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvroPathBenchmark {
  @Param({"true", "false"})
  public boolean compatible;

  private final AvroChecker checker = new AvroChecker();
  private AvroSchema reader;
  private AvroSchema writer;

  @Setup
  public void setUp() {
    writer = (AvroSchema) BenchmarkSchemas.schema(SchemaType.AVRO, 1, true);
    reader = (AvroSchema) BenchmarkSchemas.schema(SchemaType.AVRO, 2, compatible);
  }

  @Benchmark
  public SchemaCompatibility.SchemaPairCompatibility avro_schema_compatibility_alone() {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader.avro(), writer.avro());
  }

  @Benchmark
  public boolean schemagate_verdict_only() {
    return checker.compatible(pair(WitnessBudget.none()));
  }

  @Benchmark
  public List<Finding> schemagate_without_witnesses() {
    return checker.check(pair(WitnessBudget.none()));
  }

  @Benchmark
  public List<Finding> schemagate_with_witnesses() {
    return checker.check(pair(new WitnessBudget(WitnessBudget.DEFAULT_ATTEMPTS)));
  }

  private SchemaPair pair(WitnessBudget budget) {
    return new SchemaPair(reader, writer, Direction.NEW_CANNOT_READ_OLD, 1, CompatibilityPolicy.STRICT, budget);
  }
}
