package dev.schemagate.core.avro;

import dev.schemagate.core.internal.Quotes;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;

/** How sentences name Avro types and places. */
final class AvroWords {
  private AvroWords() {}


  /** {@code "int"}, {@code "long" (timestamp-millis)}, {@code record "com.example.Address"}, {@code an array of "string"}. */
  static String type(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> kind(schema) + " " + Quotes.quote(schema.getFullName());
      case ARRAY -> "an array of " + type(schema.getElementType());
      case MAP -> "a map of " + type(schema.getValueType());
      case UNION -> "a union of " + branches(schema.getTypes());
      default -> Quotes.quote(schema.getType().getName())
          + (schema.getLogicalType() == null ? "" : " (" + schema.getLogicalType().getName() + ")");
    };
  }

  /** Most union branches a sentence names; a sentence stays a sentence however wide the union. */
  static final int NAMED_BRANCHES = 8;

  /** The branches of a union: all of them, or the first eight and how many more. */
  private static String branches(List<Schema> types) {
    if (types.size() <= NAMED_BRANCHES) {
      return list(types.stream().map(AvroWords::type).toList());
    }
    return String.join(", ", types.subList(0, NAMED_BRANCHES).stream().map(AvroWords::type).toList())
        + String.format(Locale.ROOT, " and %,d more", types.size() - NAMED_BRANCHES);
  }

  /** {@code record}, {@code enum} or {@code fixed}. */
  static String kind(Schema schema) {
    return schema.getType() == Schema.Type.RECORD && schema.isError()
        ? "error" : schema.getType().getName().toLowerCase(Locale.ROOT);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String list(List<String> items) {
    return list(items, "and");
  }

  /** {@code a}, {@code a or b}, {@code a, b or c} with {@code conjunction} "or". */
  static String list(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
  }

  static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The place a sentence starts with: {@code field "total"}, {@code field "street" of record
   * "com.example.Address"}, {@code the items of field "tags"}, {@code the schema}.
   */
  static String place(AvroSite site, boolean readerIsNew) {
    StringBuilder place = new StringBuilder();
    for (int i = site.tail().size() - 1; i >= 0; i--) {
      place.append("the ").append(site.tail().get(i)).append(" of ");
    }
    AvroSite.FieldOnPath field = site.field();
    place.append(field == null ? "the schema" : field(field, readerIsNew));
    return place.toString();
  }

  /** {@code field "street"}, or with its record when that is not the top-level one. */
  static String field(AvroSite.FieldOnPath field, boolean readerIsNew) {
    boolean useReader = readerIsNew || field.missingInWriter();
    Schema.Field named = useReader ? field.readerField() : field.writerField();
    Schema record = useReader ? field.readerRecord() : field.writerRecord();
    return "field " + Quotes.quote(named.name()) + (field.atTopLevel() ? "" : " of record " + Quotes.quote(record.getFullName()));
  }
}
