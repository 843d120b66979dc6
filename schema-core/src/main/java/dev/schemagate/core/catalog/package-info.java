/**
 * Schemas kept as files beside code: a tree of {@code .avsc} and {@code .json} files, the
 * references between them (an Avro named type defined in another file, a JSON Schema {@code $ref} to
 * a sibling file), and the earlier versions kept in a folder per schema ({@code OrderPlaced/1.avsc},
 * {@code OrderPlaced/2.avsc}). Entry point: {@link dev.schemagate.core.catalog.SchemaCatalog}.
 */
package dev.schemagate.core.catalog;
