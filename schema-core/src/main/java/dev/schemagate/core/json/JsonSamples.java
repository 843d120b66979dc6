package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.internal.Unexpected;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Example instances of a JSON Schema, for tests and for witnesses of incompatibilities. Samples
 * are deterministic for a seed and each one is valid: it is confirmed with the validator before it
 * is returned. The first samples sit on the edges (shortest and longest strings, smallest and largest
 * numbers, empty arrays where allowed, required properties only, every property), the next walk
 * through each enum value and each {@code anyOf}/{@code oneOf} alternative, the rest are random.
 * A sample holds at most 20000 values and characters: a schema that demands more has none.
 *
 * <pre>{@code
 * JsonNode event = JsonSamples.sample(schema, 42);
 * List<JsonNode> events = JsonSamples.samples(schema, 42, 20);
 * }</pre>
 */
public final class JsonSamples {
  /** Candidates tried per requested sample before giving up on finding more. */
  private static final int ATTEMPTS_PER_SAMPLE = 8;
  /** Largest candidate built for a caller that confirms it: a witness is meant to be read by people. */
  private static final int CANDIDATE_SIZE = 2_000;

  private JsonSamples() {}

  /**
   * One valid instance.
   *
   * @throws SchemaGateException when no instance could be built (a schema that accepts nothing, or
   *     one whose constraints the generator cannot meet together)
   */
  public static JsonNode sample(JsonSchema schema, long seed) {
    List<JsonNode> found = samples(schema, seed, 1);
    if (found.isEmpty()) {
      throw new SchemaGateException(
          "No valid instance of the schema could be generated; it may accept nothing at all, or combine"
              + " constraints (\"not\", \"oneOf\", patterns) too tightly for the generator. Write the example by hand.");
    }
    return found.get(0);
  }

  /**
   * Up to {@code count} distinct valid instances, edge cases first. Fewer are returned only when the
   * schema allows fewer distinct instances (a {@code const}, a short {@code enum}) or the generator
   * cannot find more.
   */
  public static List<JsonNode> samples(JsonSchema schema, long seed, int count) {
    Schema validator = JsonValidators.forSchema(schema);
    JsonView root = JsonView.of(JsonDoc.of(schema).root());
    List<JsonNode> found = new ArrayList<>();
    int attempts = count * ATTEMPTS_PER_SAMPLE + 16;
    for (int variant = 0; found.size() < count && variant < attempts; variant++) {
      JsonNode candidate = generate(root, seed, variant, JsonKind.all(), JsonGenerator.MAX_SIZE);
      if (candidate != null && !JsonValues.contains(found, candidate) && JsonValidators.accepts(validator, candidate)) {
        found.add(candidate);
      }
    }
    return found;
  }

  /**
   * One unconfirmed candidate instance of a view (see {@link JsonGenerator} for what the variant
   * steers), or null. For callers that confirm it themselves, such as witness search; it is kept
   * small, so a view that only has large instances has no candidate.
   */
  public static JsonNode candidate(JsonView view, long seed, int variant) {
    return candidate(view, seed, variant, JsonKind.all());
  }

  /** As {@link #candidate(JsonView, long, int)}, of one of {@code kinds} only. */
  public static JsonNode candidate(JsonView view, long seed, int variant, Set<JsonKind> kinds) {
    return generate(view, seed, variant, kinds, CANDIDATE_SIZE);
  }

  private static JsonNode generate(JsonView view, long seed, int variant, Set<JsonKind> kinds, int maxSize) {
    try {
      return new JsonGenerator(seed, variant, maxSize).generate(view, kinds);
    } catch (WorkInterruptedException stopped) {
      throw stopped;
    } catch (StackOverflowError | SchemaGateException cannotBuild) {
      return null;
    } catch (RuntimeException failure) {
      Unexpected.seen("Generating a JSON value", failure);
      return null;
    }
  }
}
