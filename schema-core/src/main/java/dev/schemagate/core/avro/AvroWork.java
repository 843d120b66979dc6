package dev.schemagate.core.avro;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The parts of an Avro schema that make Avro's {@code SchemaCompatibility} slow in proportion to
 * the product of two sizes rather than their sum: it compares every branch of the writer's union
 * with the branches of the reader's until one fits (remembering each pair), and removes the
 * reader's enum symbols from the writer's by scanning a list for each one. A pair whose widest
 * unions, or largest enums, multiply past a limit is not given to it (see {@link AvroChecker}).
 *
 * @param widestUnion the most branches of one union, with the tokens of Avro's location of it
 * @param largestEnum the most symbols of one enum, with the tokens of its location
 */
record AvroWork(Sized widestUnion, Sized largestEnum) {
  /** A size and where it is, as tokens of a location in Avro's style ({@code fields/3/type/1}). */
  record Sized(long size, List<String> tokens) {}

  /** Measures a schema, every named type once. */
  static AvroWork of(Schema schema) {
    Walk walk = new Walk();
    walk.visit(schema, new ArrayList<>());
    return new AvroWork(walk.union, walk.enumeration);
  }

  private static final class Walk {
    private final Map<Schema, Boolean> seen = new IdentityHashMap<>();
    private Sized union = new Sized(0, List.of());
    private Sized enumeration = new Sized(0, List.of());

    void visit(Schema schema, List<String> tokens) {
      switch (schema.getType()) {
        case RECORD -> {
          if (seen.put(schema, true) != null) {
            return;
          }
          for (Schema.Field field : schema.getFields()) {
            into(field.schema(), tokens, "fields", Integer.toString(field.pos()), "type");
          }
        }
        case ENUM -> {
          if (schema.getEnumSymbols().size() > enumeration.size()) {
            enumeration = new Sized(schema.getEnumSymbols().size(), List.copyOf(tokens));
          }
        }
        case UNION -> {
          if (schema.getTypes().size() > union.size()) {
            union = new Sized(schema.getTypes().size(), List.copyOf(tokens));
          }
          for (int i = 0; i < schema.getTypes().size(); i++) {
            into(schema.getTypes().get(i), tokens, Integer.toString(i));
          }
        }
        case ARRAY -> into(schema.getElementType(), tokens, "items");
        case MAP -> into(schema.getValueType(), tokens, "values");
        default -> { }
      }
    }

    private void into(Schema schema, List<String> tokens, String... steps) {
      int size = tokens.size();
      tokens.addAll(List.of(steps));
      visit(schema, tokens);
      tokens.subList(size, tokens.size()).clear();
    }
  }
}
