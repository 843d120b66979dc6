package dev.schemagate.core.compat;

/**
 * Every rule id SchemaGate reports, with what it means. Ids are stable forever: users grep for them in
 * CI logs and suppress them by name. Retire an id by pointing its purpose at the replacement; never
 * rename or reuse one.
 *
 * <p>Names reuse the vocabulary users already know: Avro's own incompatibility types, and the JSON
 * Schema difference names of the Confluent and Karapace registries. JSON Schema rules name the change
 * from the old version to the new one (TYPE_NARROWED: the new schema accepts fewer types).
 */
public enum Rule {
  // ---- any format
  SCHEMA_TYPE_CHANGED("The new schema is written in another schema language than the old version."),

  // ---- Avro (org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType)
  NAME_MISMATCH("A named type (record, enum, fixed) has another full name and no alias that matches."),
  FIXED_SIZE_MISMATCH("A fixed type has another size."),
  MISSING_ENUM_SYMBOLS("The writer may send enum symbols the reader lacks, and the reader has no enum default."),
  READER_FIELD_MISSING_DEFAULT_VALUE("The reader has a field the writer does not write, and the field has no default."),
  TYPE_MISMATCH("A value of the writer's type cannot be read as the reader's type."),
  MISSING_UNION_BRANCH("The writer may send a union branch that the reader's type has no branch for."),
  AMBIGUOUS_FIELD_ALIAS("A reader field's name and aliases match several writer fields, so Avro cannot tell which to read."),

  // ---- JSON Schema
  TYPE_NARROWED("The new schema accepts fewer JSON types than the old one at this place."),
  TYPE_EXTENDED("The new schema accepts more JSON types than the old one at this place."),
  PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL("A typed property was added where the old schema allowed any property."),
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL("A property was removed where additional properties are not allowed."),
  REQUIRED_PROPERTY_ADDED("A property became required that old data may not have.");

  private final String purpose;

  Rule(String purpose) {
    this.purpose = purpose;
  }

  /** One line saying what the rule detects. */
  public String purpose() {
    return purpose;
  }
}
