package dev.schemagate.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.avro.AvroInstances;
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
 * What checking one event costs (what the contract test kit does per {@code conformsTo}): an
 * OrderPlaced with three order lines against its Avro schema and its JSON Schema, valid or with
 * five problems. Run with {@code ./mvnw -pl schema-core -Pbenchmark test -Djmh.args="InstanceValidation"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InstanceValidationBenchmark {
  private static final String AVRO = """
      {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.shop", "fields": [
        {"name": "eventId", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "timestamp", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "customerId", "type": "string"},
        {"name": "items", "type": {"type": "array", "items": {"type": "record", "name": "OrderLine", "fields": [
          {"name": "sku", "type": "string"}, {"name": "quantity", "type": "int"},
          {"name": "unitPrice", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}}]}}},
        {"name": "currency", "type": {"type": "enum", "name": "Currency", "symbols": ["EUR", "USD", "GBP"]}},
        {"name": "channel", "type": ["null", "string"], "default": null}
      ]}""";
  private static final String JSON = """
      {"type": "object", "additionalProperties": false,
       "required": ["eventId", "timestamp", "customerId", "items", "currency"],
       "properties": {
         "eventId": {"type": "string", "format": "uuid"}, "timestamp": {"type": "string", "format": "date-time"},
         "customerId": {"type": "string", "minLength": 1},
         "items": {"type": "array", "minItems": 1, "items": {"type": "object", "additionalProperties": false,
           "required": ["sku", "quantity", "unitPrice"], "properties": {"sku": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{3}$"},
           "quantity": {"type": "integer", "minimum": 1}, "unitPrice": {"type": "number", "minimum": 0}}}},
         "currency": {"enum": ["EUR", "USD", "GBP"]}, "channel": {"type": ["string", "null"]}}}""";
  private static final String VALID = """
      {"eventId": "5f0c6a0e-8a5e-4f1b-9a59-3c1f8f1d2a10", "timestamp": "2024-05-17T10:15:30Z", "customerId": "cus-7",
       "items": [{"sku": "TEA-001", "quantity": 2, "unitPrice": 4.50}, {"sku": "MUG-042", "quantity": 1, "unitPrice": 12.00},
                 {"sku": "POT-007", "quantity": 1, "unitPrice": 30.00}],
       "currency": "EUR", "channel": "web"}""";
  private static final String BROKEN = """
      {"eventId": "5f0c6a0e-8a5e-4f1b-9a59-3c1f8f1d2a10", "timestamp": "2024-05-17T10:15:30Z",
       "items": [{"sku": "TEA-001", "quantity": "2", "unitPrice": 4.50}, {"sku": "MUG-042", "quantity": 1, "unitPrice": 12.00},
                 {"sku": "POT-007", "quantity": 1}],
       "currency": "SEK", "channel": 5, "gift": true}""";

  @Param({"AVRO", "JSON"})
  public SchemaType type;

  @Param({"valid", "broken"})
  public String event;

  private InstanceValidator validator;
  private JsonNode instance;

  @Setup
  public void setUp() {
    validator = InstanceValidator.of(SchemaParser.parse(type, type == SchemaType.AVRO ? AVRO : JSON));
    instance = AvroInstances.json(event.equals("valid") ? VALID : BROKEN);
    if (validator.accepts(instance) != event.equals("valid")) {
      throw new IllegalStateException("the " + event + " event is not " + event + " under " + type);
    }
  }

  @Benchmark
  public List<InstanceProblem> validate() {
    return validator.validate(instance);
  }
}
