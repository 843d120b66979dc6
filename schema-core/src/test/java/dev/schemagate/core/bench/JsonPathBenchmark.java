package dev.schemagate.core.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.json.JsonSchemaChecker;
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
 * SchemaGate's JSON Schema path on one reader/writer pair against a baseline measured in the same
 * run: Jackson reading both documents into trees and comparing them (the least any checker does);
 * ours as a verdict only (what a registration that succeeds and a plain check ask for); ours
 * without witnesses (reasons and sentences); ours with witnesses (each searched and confirmed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonPathBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Param({"true", "false"})
  public boolean compatible;

  private final JsonSchemaChecker checker = new JsonSchemaChecker();
  private ParsedSchema reader;
  private ParsedSchema writer;

  @Setup
  public void setUp() {
    writer = BenchmarkSchemas.schema(SchemaType.JSON, 1, true);
    reader = BenchmarkSchemas.schema(SchemaType.JSON, 2, compatible);
  }

  @Benchmark
  public boolean jackson_reads_and_compares_both_documents() throws JsonProcessingException {
    JsonNode read = MAPPER.readTree(reader.text());
    JsonNode written = MAPPER.readTree(writer.text());
    return read.equals(written);
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
