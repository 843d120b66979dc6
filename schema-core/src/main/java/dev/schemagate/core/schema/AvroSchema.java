package dev.schemagate.core.schema;

import dev.schemagate.core.internal.AvroCanonicalForm;
import dev.schemagate.core.internal.Fingerprints;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;

/** A parsed Avro schema. */
public final class AvroSchema implements ParsedSchema {
  private final String text;
  private final Schema schema;
  private final List<SchemaReference> references;
  private final Map<String, String> resolvedReferences;
  private final String canonicalText;
  private final String fingerprint;

  AvroSchema(
      String text,
      Schema schema,
      List<SchemaReference> references,
      Map<String, String> resolvedReferences,
      List<String> referencedTypeNames) {
    this.text = text;
    this.schema = schema;
    this.references = List.copyOf(references);
    this.resolvedReferences = Map.copyOf(resolvedReferences);
    this.canonicalText = AvroCanonicalForm.of(schema, referencedTypeNames);
    this.fingerprint = Fingerprints.of(SchemaType.AVRO, canonicalText, this.references);
  }

  /** Avro's own object model of this schema, with referenced types resolved. */
  public Schema avro() {
    return schema;
  }

  /** The texts of the referenced schemas, by reference name, as given when parsing. */
  public Map<String, String> resolvedReferences() {
    return resolvedReferences;
  }

  @Override
  public SchemaType type() {
    return SchemaType.AVRO;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String canonicalText() {
    return canonicalText;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public List<SchemaReference> references() {
    return references;
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
    return "AvroSchema" + name().map(n -> "(" + n + ")").orElse("") + " " + canonicalText;
  }
}
