package dev.schemagate.core.avro;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * The size of an Avro schema with every use of a named type written out in full (a type met again
 * inside itself counts once). Avro's {@code SchemaCompatibility} copies each incompatibility once per
 * such path, so a record type used twice by each of forty nested types, a small document, would
 * make it build a trillion copies: a pair past {@link #LIMIT} is not given to it.
 */
final class AvroExpansion {
  /** Most schemas a compared schema may expand to. */
  static final long LIMIT = 20_000;

  private final Map<Schema, Long> sizes = new IdentityHashMap<>();
  private final Map<Schema, Boolean> open = new IdentityHashMap<>();

  private AvroExpansion() {}

  /** True when the schema expands to more than {@link #LIMIT} schemas. */
  static boolean exceedsLimit(Schema schema) {
    return new AvroExpansion().size(schema) > LIMIT;
  }

  private long size(Schema schema) {
    Long known = sizes.get(schema);
    if (known != null) {
      return known;
    }
    if (open.containsKey(schema)) {
      return 1;
    }
    open.put(schema, true);
    long size = 1;
    switch (schema.getType()) {
      case RECORD -> {
        for (Schema.Field field : schema.getFields()) {
          size = add(size, size(field.schema()));
        }
      }
      case UNION -> {
        for (Schema branch : schema.getTypes()) {
          size = add(size, size(branch));
        }
      }
      case ARRAY -> size = add(size, size(schema.getElementType()));
      case MAP -> size = add(size, size(schema.getValueType()));
      default -> { }
    }
    open.remove(schema);
    sizes.put(schema, size);
    return size;
  }

  private static long add(long a, long b) {
    return Math.min(a + b, LIMIT + 1);
  }
}
