package dev.schemagate.core.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.SchemaParser;
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
 * A recursive {@code oneOf} of K object alternatives through {@code $ref} (the shape of
 * RecursiveOneOfTest), every alternative gaining a property: the explained check and the verdict
 * alone at FULL, against Jackson reading both documents and against {@link RecursiveOneOfBaseline}
 * in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecursiveOneOfBenchmark extends FullCheckBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Param({"5", "6", "7", "8"})
  public int alternatives;

  @Setup
  public void setUp() {
    history = List.of(new VersionedSchema(1, SchemaParser.parse(SchemaType.JSON, RecursiveOneOf.schema(alternatives, false))));
    candidate = SchemaParser.parse(SchemaType.JSON, RecursiveOneOf.schema(alternatives, true));
  }

  @Benchmark
  public JsonNode jackson_reads_both_documents() throws JsonProcessingException {
    MAPPER.readTree(history.get(0).schema().text());
    return MAPPER.readTree(candidate.text());
  }

  /** The schemas, as RecursiveOneOfTest builds them. */
  static final class RecursiveOneOf {
    static String schema(int alternatives, boolean noted) {
      StringBuilder oneOf = new StringBuilder();
      for (int i = 0; i < alternatives; i++) {
        oneOf.append(i == 0 ? "" : ",").append("{\"type\":\"object\",\"properties\":{\"v").append(i)
            .append("\":{\"type\":\"string\"},\"child\":{\"$ref\":\"#/$defs/node\"}")
            .append(noted ? ",\"note\":{\"type\":\"string\"}" : "").append("},\"required\":[\"v").append(i).append("\"]}");
      }
      return "{\"$ref\":\"#/$defs/node\",\"$defs\":{\"node\":{\"oneOf\":[" + oneOf + "]}}}";
    }
  }
}
