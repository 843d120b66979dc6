package dev.schemagate.core.schema;

import java.util.List;

/**
 * What every parsed schema holds whatever its language: the text as given, its references, its
 * canonical text and the fingerprint taken of them. Each language adds its own model; only this
 * package makes parsed schemas.
 */
public abstract class AbstractParsedSchema implements ParsedSchema {
  private final SchemaType type;
  private final String text;
  private final List<SchemaReference> references;
  private final String canonicalText;
  private final String fingerprint;

  protected AbstractParsedSchema(SchemaType type, String text, List<SchemaReference> references, String canonicalText) {
    this.type = type;
    this.text = text;
    this.references = List.copyOf(references);
    this.canonicalText = canonicalText;
    this.fingerprint = Fingerprints.of(type, canonicalText, this.references);
  }

  @Override
  public final SchemaType type() {
    return type;
  }

  @Override
  public final String text() {
    return text;
  }

  @Override
  public final String canonicalText() {
    return canonicalText;
  }

  @Override
  public final String fingerprint() {
    return fingerprint;
  }

  @Override
  public final List<SchemaReference> references() {
    return references;
  }
}
