package dev.schemagate.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random pairs of draft 2019-09 and 2020-12 schemas (a random schema and a mutation of it), checked
 * in both directions under STRICT and LENIENT: (a) every witness, of an incompatibility or of a
 * waived difference, is accepted by the writer's schema and rejected by the reader's; (b) under
 * STRICT, when the verdict is "compatible", no instance generated from the writer's schema (and
 * valid for it) is rejected by the reader's; (c) under LENIENT such an instance may only exist when
 * the report lists what it waived. Seeded, so a failure repeats; the counts are printed.
 */
class JsonModernDraftsPropertyTest {
  /** A longer or other run: -Djson.property.seed=... -Djson.property.modern.pairs=... */
  private static final long SEED = Long.getLong("json.property.seed", 20_261_203L);
  private static final int PAIRS = Integer.getInteger("json.property.modern.pairs", 250);
  private static final int SEEDS_PER_WRITER = 3;
  private static final int SAMPLES_PER_SEED = 15;
  private static final CompatibilityChecker CHECKER = CompatibilityChecker.create();

  @ParameterizedTest(name = "draft 2020-12: {0}")
  @ValueSource(booleans = {true, false})
  void witnesses_are_confirmed_and_compatible_verdicts_survive_generated_instances(boolean draft2020) {
    RandomModernJsonSchemas schemas = new RandomModernJsonSchemas(new Random(SEED + (draft2020 ? 1 : 0)), draft2020);
    List<String> failures = new ArrayList<>();
    int pairs = 0;
    int witnesses = 0;
    int compatible = 0;
    int instances = 0;
    int waivedPasses = 0;
    int withoutWitness = 0;
    java.util.Map<String, Integer> missingByRule = new java.util.TreeMap<>();
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
        ParsedSchema reader = level == CompatibilityLevel.BACKWARD ? newSchema : oldSchema;
        ParsedSchema writer = level == CompatibilityLevel.BACKWARD ? oldSchema : newSchema;
        InstanceValidator reads = InstanceValidator.of(reader);
        InstanceValidator writes = InstanceValidator.of(writer);
        for (CompatibilityPolicy policy : CompatibilityPolicy.values()) {
          CompatibilityReport report = CHECKER.check(newSchema, List.of(new VersionedSchema(1, oldSchema)), level, policy);
          List<Incompatibility> all = new ArrayList<>(report.incompatibilities());
          all.addAll(report.waived());
          for (Incompatibility found : all) {
            if (found.witnessIfAny().isEmpty()) {
              withoutWitness++;
              missingByRule.merge(found.rule().name(), 1, Integer::sum);
            }
            if (found.witnessIfAny().isPresent()) {
              witnesses++;
              if (!writes.accepts(found.witness()) || reads.accepts(found.witness())) {
                failures.add("witness " + found.witness() + " of " + found.describe() + " for " + pair(old, changed, level, policy));
              }
            }
          }
          if (!report.isCompatible()) {
            continue;
          }
          compatible++;
          JsonNode counterexample = null;
          for (int seed = 1; seed <= SEEDS_PER_WRITER && counterexample == null; seed++) {
            for (JsonNode instance : JsonSamples.samples((JsonSchema) writer, seed, SAMPLES_PER_SEED)) {
              if (writes.accepts(instance)) {
                instances++;
                if (!reads.accepts(instance)) {
                  counterexample = instance;
                  break;
                }
              }
            }
          }
          if (counterexample != null && (policy == CompatibilityPolicy.STRICT || report.waived().isEmpty())) {
            failures.add("compatible, but the reader rejects " + counterexample + " for " + pair(old, changed, level, policy));
          } else if (counterexample != null) {
            waivedPasses++;
          }
        }
      }
    }
    System.out.printf("JSON Schema %s property test: %d pairs tried in both directions under STRICT and LENIENT, "
        + "%d witnesses confirmed, %d findings without one, %d compatible verdicts tested with %d generated instances, %d LENIENT passes "
        + "shown to rest on a listed waiver, %d failures; findings without a witness by rule: %s%n",
        draft2020 ? "2020-12" : "2019-09", pairs, witnesses, withoutWitness, compatible, instances, waivedPasses, failures.size(), missingByRule);

    assertThat(pairs).isGreaterThan(PAIRS * 9 / 10);
    assertThat(compatible).isGreaterThan(PAIRS / 5);
    assertThat(failures).isEmpty();
  }

  private static ParsedSchema parse(ObjectNode schema) {
    try {
      return SchemaParser.parse(SchemaType.JSON, Json.write(schema));
    } catch (RuntimeException invalid) {
      return null;
    }
  }

  private static String pair(JsonNode old, JsonNode changed, CompatibilityLevel level, CompatibilityPolicy policy) {
    return level + " " + policy + ": old " + Json.write(old) + " new " + Json.write(changed);
  }
}
