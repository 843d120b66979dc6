package dev.schemagate.core.bench;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/** A candidate checked against its history at FULL, as the verdict alone and explained; subclasses set both up. */
public abstract class FullCheckBenchmark {
  private final CompatibilityChecker checker = CompatibilityChecker.create();
  protected ParsedSchema candidate;
  protected List<VersionedSchema> history;

  @Benchmark
  public boolean verdict_only() {
    return checker.isCompatible(candidate, history, CompatibilityLevel.FULL);
  }

  @Benchmark
  public CompatibilityReport explained() {
    return checker.check(candidate, history, CompatibilityLevel.FULL);
  }
}
