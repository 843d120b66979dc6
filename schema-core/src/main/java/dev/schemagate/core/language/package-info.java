/**
 * The schema language as a unit: {@link dev.schemagate.core.language.SchemaLanguage} is what one
 * language provides, {@link dev.schemagate.core.language.SchemaLanguages} the list of them. The
 * languages themselves live in {@code avro}, {@code json} and {@code protobuf}.
 */
package dev.schemagate.core.language;
