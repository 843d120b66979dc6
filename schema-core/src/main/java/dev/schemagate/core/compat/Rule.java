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

  // ---- Protocol Buffers (the difference names of Confluent's Protobuf checker)
  PACKAGE_CHANGED("The package changed, so every type has another full name."),
  MESSAGE_REMOVED("A message the writer uses is missing from the reader."),
  FIELD_KIND_CHANGED("A field changed between scalar, message and map, whose encodings differ."),
  FIELD_SCALAR_KIND_CHANGED("A scalar field changed to a type with another wire encoding."),
  FIELD_NAMED_TYPE_CHANGED("A message field changed to another message type."),
  FIELD_NUMERIC_LABEL_CHANGED("A numeric field changed between optional, required and repeated."),
  REQUIRED_FIELD_ADDED("The reader requires a field the writer does not write."),
  REQUIRED_FIELD_REMOVED("The writer has a required field the reader no longer knows."),
  ONEOF_FIELD_REMOVED("A field of a oneof the writer may set is missing from the reader."),
  MULTIPLE_FIELDS_MOVED_TO_ONEOF("Fields that could be set together were moved into one oneof."),
  FIELD_MOVED_TO_EXISTING_ONEOF("A field that could be set with others was moved into an existing oneof."),

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
