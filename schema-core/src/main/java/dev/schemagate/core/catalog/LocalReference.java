package dev.schemagate.core.catalog;

/**
 * A schema's use of another file of the same tree.
 *
 * @param name how the schema names it: an Avro full name, or the {@code $ref} (without fragment) a
 *     JSON Schema writes
 * @param path the file that provides it
 */
public record LocalReference(String name, String path) {}
