package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random schema pairs (a random schema and a mutation of it), checked in both directions:
 * (a) every witness is accepted by the writer's schema and rejected by the reader's;
 * (b) when the verdict is "compatible", no instance generated from the writer's schema (many
 * seeds) is rejected by the reader's. Seeded, so a failure repeats; the counts are printed.
 */
class JsonCheckerPropertyTest {
  /** A longer or other run: -Djson.property.seed=... -Djson.property.pairs=... */
  private static final long SEED = Long.getLong("json.property.seed", 20_251_122L);
  private static final int PAIRS = Integer.getInteger("json.property.pairs", 300);
  private static final int SEEDS_PER_WRITER = 3;
  private static final int SAMPLES_PER_SEED = 20;
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  @Test
  void witnesses_are_confirmed_and_compatible_verdicts_survive_generated_instances() {
    Random random = new Random(SEED);
    RandomJsonSchemas schemas = new RandomJsonSchemas(random);
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    int witnesses = 0;
    int compatible = 0;
    int instances = 0;
    for (int i = 0; i < PAIRS; i++) {
      ObjectNode old = schemas.schema();
      ObjectNode changed = schemas.mutate(old);
      ParsedSchema oldSchema = parse(old);
      ParsedSchema newSchema = parse(changed);
      if (oldSchema == null || newSchema == null) {
        continue;
      }
      pairs++;
      for (CompatibilityLevel level : List.of(CompatibilityLevel.BACKWARD, CompatibilityLevel.FORWARD)) {
        CompatibilityReport report = CHECKER.check(newSchema, List.of(new VersionedSchema(1, oldSchema)), level);
        ParsedSchema reader = level == CompatibilityLevel.BACKWARD ? newSchema : oldSchema;
        ParsedSchema writer = level == CompatibilityLevel.BACKWARD ? oldSchema : newSchema;
        InstanceValidator reads = InstanceValidator.of(reader);
        InstanceValidator writes = InstanceValidator.of(writer);
        for (Incompatibility found : report.incompatibilities()) {
          if (found.witnessIfAny().isPresent()) {
            witnesses++;
            if (!writes.accepts(found.witness()) || reads.accepts(found.witness())) {
              failures.add("witness " + found.witness() + " of " + found.describe() + " for " + pair(old, changed, level));
            }
          }
        }
        if (report.isCompatible()) {
          compatible++;
          for (int seed = 1; seed <= SEEDS_PER_WRITER; seed++) {
            for (JsonNode instance : JsonSamples.samples((JsonSchema) writer, seed, SAMPLES_PER_SEED)) {
              instances++;
              if (!reads.accepts(instance)) {
                failures.add("compatible, but the reader rejects " + instance + " for " + pair(old, changed, level));
              }
            }
          }
        }
      }
    }
    System.out.printf("JSON Schema property test: %d pairs tried in both directions, %d witnesses confirmed, "
        + "%d compatible verdicts tested with %d generated instances, %d failures%n",
        pairs, witnesses, compatible, instances, failures.size());

    assertThat(pairs).isGreaterThan(PAIRS * 9 / 10);
    assertThat(failures).isEmpty();
  }

  private static ParsedSchema parse(ObjectNode schema) {
    try {
      return SchemaParser.parse(SchemaType.JSON, Json.write(schema));
    } catch (RuntimeException invalid) {
      return null;
    }
  }

  private static String pair(JsonNode old, JsonNode changed, CompatibilityLevel level) {
    return level + ": old " + Json.write(old) + " new " + Json.write(changed);
  }
}
