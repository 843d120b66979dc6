package dev.schemagate.core.avro;

import dev.schemagate.core.schema.AbstractParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/** A parsed Avro schema. */
public final class AvroSchema extends AbstractParsedSchema {
  private final Schema schema;
  private final Map<String, String> resolvedReferences;
  /** Measured when first compared; two threads may both measure, and either answer is the same. */
  private volatile AvroMeasures.Measure measure;
  /** The text's positions, read when a finding first needs a pointer; as with {@link #measure}, a race is harmless. */
  private volatile AvroDocument document;

  AvroSchema(
      String text,
      Schema schema,
      List<SchemaReference> references,
      Map<String, String> resolvedReferences,
      List<String> referencedTypeNames) {
    super(SchemaType.AVRO, text, references, AvroCanonicalForm.of(schema, referencedTypeNames));
    this.schema = schema;
    this.resolvedReferences = Map.copyOf(resolvedReferences);
  }

  /** Avro's own object model of this schema, with referenced types resolved. */
  public Schema avro() {
    return schema;
  }

  /** What the checker's limits need of this schema. */
  AvroMeasures.Measure measure() {
    AvroMeasures.Measure known = measure;
    if (known == null) {
      known = AvroMeasures.of(schema);
      measure = known;
    }
    return known;
  }

  /** The text as a document that turns a path in the schema into a JSON pointer into the text. */
  AvroDocument document() {
    AvroDocument known = document;
    if (known == null) {
      known = AvroDocument.of(text());
      document = known;
    }
    return known;
  }

  /** The texts of the referenced schemas, by reference name, as given when parsing. */
  public Map<String, String> resolvedReferences() {
    return resolvedReferences;
  }

  @Override
  public Optional<String> name() {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> Optional.of(schema.getFullName());
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return "AvroSchema" + name().map(n -> "(" + n + ")").orElse("") + " " + canonicalText();
  }
}
