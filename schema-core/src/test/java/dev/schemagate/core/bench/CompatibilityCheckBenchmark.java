package dev.schemagate.core.bench;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
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
 * One registration's check of a new version against 1, 10, 100 and 1000 earlier versions at
 * FULL_TRANSITIVE (every version, both directions), for Avro and JSON Schema; the candidate is
 * either compatible with all of them or breaks all of them (then witnesses are built within the
 * check's budget).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompatibilityCheckBenchmark {
  @Param({"AVRO", "JSON"})
  public SchemaType format;

  @Param({"1", "10", "100", "1000"})
  public int versions;

  @Param({"true", "false"})
  public boolean compatible;

  private final CompatibilityChecker checker = CompatibilityChecker.create();
  private List<VersionedSchema> history;
  private ParsedSchema candidate;

  @Setup
  public void setUp() {
    history = BenchmarkSchemas.history(format, versions);
    candidate = BenchmarkSchemas.candidate(format, versions, compatible);
  }

  @Benchmark
  public CompatibilityReport check_against_every_earlier_version() {
    return checker.check(candidate, history, CompatibilityLevel.FULL_TRANSITIVE);
  }
}
