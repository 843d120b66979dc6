package dev.schemagate.core.catalog;

/** An earlier version of a schema, kept as a file. */
public record VersionFile(int version, SchemaFile file) {}
