package dev.schemagate.core.compat;

import static dev.schemagate.core.schema.SchemaType.AVRO;
import static dev.schemagate.core.schema.SchemaType.JSON;
import static dev.schemagate.core.schema.SchemaType.PROTOBUF;

import dev.schemagate.core.schema.SchemaType;
import java.util.Optional;

/**
 * Every rule id SchemaGate reports, with what it means. Ids are stable forever: users grep for them in
 * CI logs and suppress them by name. Retire an id by pointing its purpose at the replacement; never
 * rename or reuse one.
 *
 * <p>Names reuse the vocabulary users already know: Avro's own incompatibility types, and the JSON
 * Schema difference names of the Confluent and Karapace registries. JSON Schema rules name the change
 * from the old version to the new one (TYPE_NARROWED: the new schema accepts fewer types).
 *
 * <p>Each rule names the schema language whose checker reports it ({@link #format()}). The table
 * in {@code docs/rules.md} is generated from this enum; a test says when it is out of date.
 */
public enum Rule {
  // ---- any format
  SCHEMA_TYPE_CHANGED("The new schema is written in another schema language than the old version."),

  // ---- Protocol Buffers (the difference names of Confluent's Protobuf checker)
  PACKAGE_CHANGED(PROTOBUF, "The package changed, so every type has another full name."),
  MESSAGE_REMOVED(PROTOBUF, "A message the writer uses is missing from the reader."),
  FIELD_KIND_CHANGED(PROTOBUF, "A field changed between scalar, message and map, whose encodings differ."),
  FIELD_SCALAR_KIND_CHANGED(PROTOBUF, "A scalar field changed to a type with another wire encoding."),
  FIELD_NAMED_TYPE_CHANGED(PROTOBUF, "A message field changed to another message type."),
  FIELD_NUMERIC_LABEL_CHANGED(PROTOBUF, "A numeric field changed between optional, required and repeated."),
  REQUIRED_FIELD_ADDED(PROTOBUF, "The reader requires a field the writer does not write."),
  REQUIRED_FIELD_REMOVED(PROTOBUF, "The writer has a required field the reader no longer knows."),
  ONEOF_FIELD_REMOVED(PROTOBUF, "A field of a oneof the writer may set is missing from the reader."),
  MULTIPLE_FIELDS_MOVED_TO_ONEOF(PROTOBUF, "Fields that could be set together were moved into one oneof."),
  FIELD_MOVED_TO_EXISTING_ONEOF(PROTOBUF, "A field that could be set with others was moved into an existing oneof."),

  // ---- Avro (org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType)
  NAME_MISMATCH(AVRO, "A named type (record, enum, fixed) has another full name and no alias that matches."),
  FIXED_SIZE_MISMATCH(AVRO, "A fixed type has another size."),
  MISSING_ENUM_SYMBOLS(AVRO, "The writer may send enum symbols the reader lacks, and the reader has no enum default."),
  READER_FIELD_MISSING_DEFAULT_VALUE(AVRO, "The reader has a field the writer does not write, and the field has no default."),
  TYPE_MISMATCH(AVRO, "A value of the writer's type cannot be read as the reader's type."),
  MISSING_UNION_BRANCH(AVRO, "The writer may send a union branch that the reader's type has no branch for."),
  AMBIGUOUS_FIELD_ALIAS(AVRO, "A reader field's name and aliases match several writer fields, so Avro cannot tell which to read."),

  // ---- JSON Schema: each id names the change from the old version to the new one
  TYPE_NARROWED(JSON, "The new schema accepts fewer JSON types than the old one at this place."),
  TYPE_EXTENDED(JSON, "The new schema accepts more JSON types than the old one at this place."),
  TYPE_CHANGED(JSON, "The old and the new schema accept no JSON type in common at this place."),
  ENUM_ARRAY_NARROWED(JSON, "The new schema allows fewer values (enum or const) than the old one."),
  ENUM_ARRAY_EXTENDED(JSON, "The new schema allows more values (enum or const) than the old one."),
  ENUM_ARRAY_CHANGED(JSON, "The allowed values (enum or const) changed, neither list holding the other."),
  MIN_LENGTH_ADDED(JSON, "The new schema adds a minLength the old one did not have."),
  MIN_LENGTH_INCREASED(JSON, "The new schema raises minLength."),
  MIN_LENGTH_REMOVED(JSON, "The new schema drops the old minLength."),
  MIN_LENGTH_DECREASED(JSON, "The new schema lowers minLength."),
  MAX_LENGTH_ADDED(JSON, "The new schema adds a maxLength the old one did not have."),
  MAX_LENGTH_DECREASED(JSON, "The new schema lowers maxLength."),
  MAX_LENGTH_REMOVED(JSON, "The new schema drops the old maxLength."),
  MAX_LENGTH_INCREASED(JSON, "The new schema raises maxLength."),
  PATTERN_ADDED(JSON, "The new schema adds a pattern the old one did not have."),
  PATTERN_REMOVED(JSON, "The new schema drops the old pattern."),
  PATTERN_CHANGED(JSON, "The pattern changed; two patterns cannot be compared in general, so this counts as a break."),
  FORMAT_ADDED(JSON, "The new schema adds a format (checked in drafts 4 to 7) the old one did not have."),
  FORMAT_REMOVED(JSON, "The new schema drops the old format (checked in drafts 4 to 7)."),
  FORMAT_CHANGED(JSON, "The format (checked in drafts 4 to 7) changed."),
  MINIMUM_ADDED(JSON, "The new schema adds a minimum the old one did not have."),
  MINIMUM_INCREASED(JSON, "The new schema raises the minimum."),
  MINIMUM_REMOVED(JSON, "The new schema drops the old minimum."),
  MINIMUM_DECREASED(JSON, "The new schema lowers the minimum."),
  MAXIMUM_ADDED(JSON, "The new schema adds a maximum the old one did not have."),
  MAXIMUM_DECREASED(JSON, "The new schema lowers the maximum."),
  MAXIMUM_REMOVED(JSON, "The new schema drops the old maximum."),
  MAXIMUM_INCREASED(JSON, "The new schema raises the maximum."),
  EXCLUSIVE_MINIMUM_ADDED(JSON, "The new schema adds an exclusive minimum (either draft form) the old one did not have."),
  EXCLUSIVE_MINIMUM_INCREASED(JSON, "The new schema raises the exclusive minimum."),
  EXCLUSIVE_MINIMUM_REMOVED(JSON, "The new schema drops the old exclusive minimum."),
  EXCLUSIVE_MINIMUM_DECREASED(JSON, "The new schema lowers the exclusive minimum."),
  EXCLUSIVE_MAXIMUM_ADDED(JSON, "The new schema adds an exclusive maximum (either draft form) the old one did not have."),
  EXCLUSIVE_MAXIMUM_DECREASED(JSON, "The new schema lowers the exclusive maximum."),
  EXCLUSIVE_MAXIMUM_REMOVED(JSON, "The new schema drops the old exclusive maximum."),
  EXCLUSIVE_MAXIMUM_INCREASED(JSON, "The new schema raises the exclusive maximum."),
  MULTIPLE_OF_ADDED(JSON, "The new schema adds a multipleOf the old one did not have."),
  MULTIPLE_OF_EXPANDED(JSON, "The new multipleOf is a multiple of the old one, so fewer numbers pass."),
  MULTIPLE_OF_REMOVED(JSON, "The new schema drops the old multipleOf."),
  MULTIPLE_OF_REDUCED(JSON, "The new multipleOf divides the old one, so more numbers pass."),
  MULTIPLE_OF_CHANGED(JSON, "The multipleOf changed and neither value divides the other."),
  MIN_ITEMS_ADDED(JSON, "The new schema adds a minItems the old one did not have."),
  MIN_ITEMS_INCREASED(JSON, "The new schema raises minItems."),
  MIN_ITEMS_REMOVED(JSON, "The new schema drops the old minItems."),
  MIN_ITEMS_DECREASED(JSON, "The new schema lowers minItems."),
  MAX_ITEMS_ADDED(JSON, "The new schema adds a maxItems the old one did not have."),
  MAX_ITEMS_DECREASED(JSON, "The new schema lowers maxItems."),
  MAX_ITEMS_REMOVED(JSON, "The new schema drops the old maxItems."),
  MAX_ITEMS_INCREASED(JSON, "The new schema raises maxItems."),
  UNIQUE_ITEMS_ADDED(JSON, "The new schema requires unique items where the old one did not."),
  UNIQUE_ITEMS_REMOVED(JSON, "The new schema no longer requires unique items."),
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL(JSON, "A typed tuple position was added where the old schema allowed any item."),
  ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL(JSON, "A tuple position was removed and the new schema allows any item there."),
  ITEM_ADDED_TO_CLOSED_CONTENT_MODEL(JSON, "A tuple position was added where the old schema allowed no further items."),
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL(JSON, "A tuple position was removed where further items are not allowed."),
  ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(JSON, "A tuple position was added that the old schema's additional items schema does not match."),
  ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(JSON, "A tuple position was removed and the new additional items schema does not accept what it held."),
  ADDITIONAL_ITEMS_REMOVED(JSON, "The new schema allows no items beyond its positional ones where the old one did."),
  ADDITIONAL_ITEMS_ADDED(JSON, "The new schema allows items beyond its positional ones where the old one did not."),
  ADDITIONAL_ITEMS_NARROWED(JSON, "The new schema's schema for further items accepts less than the old one."),
  ADDITIONAL_ITEMS_EXTENDED(JSON, "The new schema's schema for further items accepts more than the old one."),
  CONTAINS_ADDED(JSON, "The new schema adds a contains (or minContains/maxContains) the old arrays need not meet."),
  CONTAINS_REMOVED(JSON, "The new schema drops the old contains, minContains or maxContains."),
  CONTAINS_NARROWED(JSON, "The new contains (or its minContains/maxContains) accepts fewer arrays than the old one."),
  CONTAINS_EXTENDED(JSON, "The new contains (or its minContains/maxContains) accepts more arrays than the old one."),
  MIN_PROPERTIES_ADDED(JSON, "The new schema adds a minProperties the old one did not have."),
  MIN_PROPERTIES_INCREASED(JSON, "The new schema raises minProperties."),
  MIN_PROPERTIES_REMOVED(JSON, "The new schema drops the old minProperties."),
  MIN_PROPERTIES_DECREASED(JSON, "The new schema lowers minProperties."),
  MAX_PROPERTIES_ADDED(JSON, "The new schema adds a maxProperties the old one did not have."),
  MAX_PROPERTIES_DECREASED(JSON, "The new schema lowers maxProperties."),
  MAX_PROPERTIES_REMOVED(JSON, "The new schema drops the old maxProperties."),
  MAX_PROPERTIES_INCREASED(JSON, "The new schema raises maxProperties."),
  PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL(JSON, "A typed property was added where the old schema allowed any property."),
  PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL(JSON, "A typed property was removed and the new schema allows any value under its name."),
  PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL(JSON, "A property was added where the old schema allows no further properties."),
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL(JSON, "A property was removed where additional properties are not allowed."),
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(JSON, "A property was added that the old additionalProperties or patternProperties schema does not match."),
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL(JSON, "A property was removed and the new additionalProperties or patternProperties schema does not accept what it held."),
  PATTERN_PROPERTY_ADDED(JSON, "A patternProperties entry exists only in the new schema, and the other version treats those names differently."),
  PATTERN_PROPERTY_REMOVED(JSON, "A patternProperties entry exists only in the old schema, and the other version treats those names differently."),
  ADDITIONAL_PROPERTIES_REMOVED(JSON, "The new schema forbids undeclared properties where the old one allowed them."),
  ADDITIONAL_PROPERTIES_ADDED(JSON, "The new schema allows undeclared properties where the old one forbade them."),
  ADDITIONAL_PROPERTIES_NARROWED(JSON, "The new schema's additionalProperties schema accepts less than the old one."),
  ADDITIONAL_PROPERTIES_EXTENDED(JSON, "The new schema's additionalProperties schema accepts more than the old one."),
  PROPERTY_NAMES_NARROWED(JSON, "The new schema's propertyNames accepts fewer names than the old schema lets through."),
  PROPERTY_NAMES_EXTENDED(JSON, "The new schema lets through property names the old propertyNames rejects."),
  REQUIRED_PROPERTY_ADDED(JSON, "A property became required that old data may not have (Confluent's REQUIRED_ATTRIBUTE_ADDED)."),
  REQUIRED_PROPERTY_REMOVED(JSON, "A property the old schema required is no longer required."),
  DEPENDENCY_ARRAY_ADDED(JSON, "The new schema makes a property require others (dependentRequired) where the old one did not."),
  DEPENDENCY_ARRAY_EXTENDED(JSON, "The new schema makes a property require more others than the old one."),
  DEPENDENCY_ARRAY_REMOVED(JSON, "The new schema drops a property's requirement of others (dependentRequired)."),
  DEPENDENCY_ARRAY_NARROWED(JSON, "The new schema makes a property require fewer others than the old one."),
  DEPENDENCY_SCHEMA_ADDED(JSON, "The new schema applies a schema when a property is present (dependentSchemas) that old data may break."),
  DEPENDENCY_SCHEMA_REMOVED(JSON, "The new schema drops a schema the old one applied when a property is present."),
  SUM_TYPE_NARROWED(JSON, "No alternative of the new anyOf/oneOf accepts some values the old schema accepts."),
  SUM_TYPE_EXTENDED(JSON, "The new schema accepts values that no alternative of the old anyOf/oneOf accepts."),
  COMBINED_TYPE_SUBSCHEMAS_CHANGED(JSON, "Values may match more than one oneOf alternative of the reading version, which oneOf rejects."),
  NOT_TYPE_EXTENDED(JSON, "The new schema's not excludes values the old schema accepts."),
  NOT_TYPE_NARROWED(JSON, "The old schema's not excludes values the new schema accepts."),
  UNEVALUATED_PROPERTIES_CHANGED(JSON, "unevaluatedProperties changed in a way SchemaGate cannot prove safe, so it counts as a break."),
  UNEVALUATED_ITEMS_CHANGED(JSON, "unevaluatedItems changed in a way SchemaGate cannot prove safe, so it counts as a break."),
  UNEVALUATED_PROPERTIES_REMOVED(JSON, "The new unevaluatedProperties is false where the old schema allowed unevaluated properties."),
  UNEVALUATED_PROPERTIES_ADDED(JSON, "The new schema allows unevaluated properties where the old unevaluatedProperties was false."),
  UNEVALUATED_PROPERTIES_NARROWED(JSON, "The new unevaluatedProperties schema accepts less than the old schema allowed there."),
  UNEVALUATED_PROPERTIES_EXTENDED(JSON, "The new schema allows more unevaluated properties than the old unevaluatedProperties schema."),
  UNEVALUATED_ITEMS_REMOVED(JSON, "The new unevaluatedItems is false where the old schema allowed further items."),
  UNEVALUATED_ITEMS_ADDED(JSON, "The new schema allows further items where the old unevaluatedItems was false."),
  UNEVALUATED_ITEMS_NARROWED(JSON, "The new unevaluatedItems schema accepts less than the old schema allowed for further items."),
  UNEVALUATED_ITEMS_EXTENDED(JSON, "The new schema allows more further items than the old unevaluatedItems schema."),

  // ---- any format again: each checker has limits
  CHECK_LIMIT_REACHED("The schemas are too large or too deep to compare within SchemaGate's limits, so the check counts as a break.");

  private final SchemaType format;
  private final String purpose;

  /** A rule of any format. */
  Rule(String purpose) {
    this(null, purpose);
  }

  Rule(SchemaType format, String purpose) {
    this.format = format;
    this.purpose = purpose;
  }

  /** The schema language whose checker reports the rule; empty for a rule any checker may report. */
  public Optional<SchemaType> format() {
    return Optional.ofNullable(format);
  }

  /** One line saying what the rule detects. */
  public String purpose() {
    return purpose;
  }
}
