package dev.schemagate.core.bench;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a registration of each {@link WorkBoundSchemas} case costs in the core: parsing the new
 * schema, then checking it against the old one at FULL (both directions). Compare each case with
 * {@code TRIVIAL} of the same run.
 *
 * <p>{@code ./mvnw -B -pl schema-core -Pbenchmark test -Djmh.args="-f 1 -wi 1 -i 3 -bm ss -tu ms WorkBound"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkBoundBenchmark {
  @Param({"TRIVIAL", "AVRO_UNION_2000", "AVRO_ENUM_100000", "JSON_REF_CHAIN_4000", "JSON_PROPERTIES_50000"})
  public WorkBoundSchemas schemas;

  private final CompatibilityChecker checker = CompatibilityChecker.create();

  @Benchmark
  public CompatibilityReport parse_and_check_at_full() {
    ParsedSchema old = SchemaParser.parse(schemas.type, schemas.oldText);
    ParsedSchema candidate = SchemaParser.parse(schemas.type, schemas.newText);
    return checker.check(candidate, List.of(new VersionedSchema(1, old)), CompatibilityLevel.FULL);
  }
}
