package dev.schemagate.core.bench;

import dev.schemagate.core.avro.AvroChecker;
import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * AvroPathBenchmark's verdict-only ratio, measured so that a shared machine's load falls on both
 * sides alike: short batches of Avro's check and of ours alternate, each batch of ours divided by
 * the mean of the Avro batches around it, and the median of 200 such ratios is printed. JMH runs one
 * benchmark after the other, so load that comes and goes skews its ratios. Run with the test class
 * path: {@code java -cp ... dev.schemagate.core.bench.AvroVerdictInterleaved}.
 */
public final class AvroVerdictInterleaved {
  private static final int ROUNDS = 200;
  private static long sink;

  private AvroVerdictInterleaved() {}

  public static void main(String[] args) {
    for (boolean compatible : new boolean[] {true, false}) {
      AvroSchema writer = (AvroSchema) BenchmarkSchemas.schema(SchemaType.AVRO, 1, true);
      AvroSchema reader = (AvroSchema) BenchmarkSchemas.schema(SchemaType.AVRO, 2, compatible);
      AvroChecker checker = new AvroChecker();
      SchemaPair pair = new SchemaPair(reader, writer, Direction.NEW_CANNOT_READ_OLD, 1, CompatibilityPolicy.STRICT,
          WitnessBudget.none());
      BooleanSupplier avro = () -> SchemaCompatibility.checkReaderWriterCompatibility(reader.avro(), writer.avro())
          .getType() == SchemaCompatibilityType.COMPATIBLE;
      BooleanSupplier ours = () -> checker.compatible(pair);
      int calls = compatible ? 5_000 : 1_000; // an incompatible pair costs Avro a message with both schemas
      for (int warm = 0; warm < 30; warm++) {
        nanosPerCall(avro, calls);
        nanosPerCall(ours, calls);
      }
      List<Double> ratios = new ArrayList<>(ROUNDS);
      for (int round = 0; round < ROUNDS; round++) {
        double before = nanosPerCall(avro, calls);
        double ourTime = nanosPerCall(ours, calls);
        double after = nanosPerCall(avro, calls);
        ratios.add(ourTime / ((before + after) / 2));
      }
      Collections.sort(ratios);
      System.out.printf("compatible=%s: verdict only / Avro's SchemaCompatibility, median %.2f (quartiles %.2f-%.2f)%n",
          compatible, ratios.get(ROUNDS / 2), ratios.get(ROUNDS / 4), ratios.get(3 * ROUNDS / 4));
    }
    System.out.println(sink > 0 ? "" : " ");
  }

  private static double nanosPerCall(BooleanSupplier call, int calls) {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      if (call.getAsBoolean()) {
        sink++;
      }
    }
    return (System.nanoTime() - start) / (double) calls;
  }
}
