package dev.schemagate.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Direction;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.compat.WitnessBudget;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

/**
 * Random schema pairs (a generated schema and a mutation of it, or two unrelated ones), checked in
 * both directions: our verdict and rule ids equal Avro's {@code SchemaCompatibility} on every pair,
 * every pointer exists in the new schema's document, every sentence speaks of old and new versions,
 * and every witness is valid for the writer and fails to decode with the reader.
 */
class AvroPropertyTest {
  private static final long SEED = 20_240_611L;
  private static final int PAIRS = 1000;
  private final AvroChecker checker = new AvroChecker();

  @Test
  void our_verdict_equals_avros_and_every_witness_breaks_the_reader() {
    Random random = new Random(SEED);
    AvroSchemaGenerator generator = new AvroSchemaGenerator(random);
    AvroMutations mutations = new AvroMutations(random, generator);
    Counts counts = new Counts();
    while (counts.pairs < PAIRS) {
      ObjectNode old = generator.record(0);
      ObjectNode changed = random.nextInt(10) == 0 ? renamedTop(generator.record(0), old) : mutations.mutate(old);
      AvroSchema oldSchema = parse(old, counts);
      AvroSchema newSchema = parse(changed, counts);
      if (oldSchema == null || newSchema == null) {
        continue;
      }
      counts.pairs++;
      check(new SchemaPair(newSchema, oldSchema, Direction.NEW_CANNOT_READ_OLD, 1, CompatibilityPolicy.STRICT,
          new WitnessBudget(WitnessBudget.DEFAULT_ATTEMPTS)), changed, counts);
      check(new SchemaPair(oldSchema, newSchema, Direction.OLD_CANNOT_READ_NEW, 1, CompatibilityPolicy.STRICT,
          new WitnessBudget(WitnessBudget.DEFAULT_ATTEMPTS)), changed, counts);
    }
    System.out.printf("Avro property test: %d schema pairs (%d invalid mutations skipped), %d directed checks,"
        + " %d incompatible, %d findings, %d witnesses confirmed (%d findings without one)%n",
        counts.pairs, counts.skipped, counts.pairs * 2, counts.incompatible, counts.findings, counts.witnesses,
        counts.findings - counts.witnesses);
    assertThat(counts.incompatible).as("the generator makes breaking changes").isGreaterThan(PAIRS / 4);
    assertThat(counts.incompatible).as("and compatible ones").isLessThan(PAIRS * 2 - PAIRS / 4);
    assertThat(counts.witnesses).as("most findings get a witness").isGreaterThan(counts.findings * 3 / 4);
  }

  private void check(SchemaPair pair, JsonNode newDocument, Counts counts) {
    AvroSchema reader = (AvroSchema) pair.reader();
    AvroSchema writer = (AvroSchema) pair.writer();
    SchemaCompatibility.SchemaCompatibilityResult avro =
        SchemaCompatibility.checkReaderWriterCompatibility(reader.avro(), writer.avro()).getResult();
    List<Finding> findings = checker.check(pair);
    String context = "reader " + reader.text() + "\nwriter " + writer.text() + "\nfindings " + findings;

    assertThat(findings.isEmpty()).as(context)
        .isEqualTo(avro.getCompatibility() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    Set<String> avroRules = avro.getIncompatibilities().stream().map(i -> i.getType().name())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> ourRules = findings.stream().map(f -> f.rule().name()).collect(Collectors.toCollection(TreeSet::new));
    assertThat(ourRules).as(context).isEqualTo(avroRules);
    if (!findings.isEmpty()) {
      counts.incompatible++;
    }
    for (Finding finding : findings) {
      counts.findings++;
      assertThat(newDocument.at(finding.path()).isMissingNode()).as("pointer %s exists: %s", finding.path(), context)
          .isFalse();
      assertThat(finding.message()).as(context).endsWith(".").contains("version 1")
          .doesNotContainIgnoringCase("reader").doesNotContainIgnoringCase("writer");
      if (finding.witness() != null) {
        counts.witnesses++;
        assertThat(AvroWitnessCheck.readerDecodes(writer.avro(), reader.avro(), finding.witness()))
            .as("the reader decodes witness %s of %s: %s", finding.witness(), finding, context).isFalse();
      }
    }
  }

  /** An unrelated schema under the old schema's name: many changes at once. */
  private static ObjectNode renamedTop(ObjectNode other, ObjectNode old) {
    other.put("name", old.get("name").asText());
    return other;
  }

  private static AvroSchema parse(JsonNode document, Counts counts) {
    try {
      return (AvroSchema) SchemaParser.parse(SchemaType.AVRO, document.toPrettyString());
    } catch (InvalidSchemaException invalid) {
      counts.skipped++;
      return null;
    }
  }

  private static final class Counts {
    int pairs;
    int skipped;
    int incompatible;
    int findings;
    int witnesses;
  }
}
