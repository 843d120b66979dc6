package dev.schemagate.server.store;

/** One version of a subject and the schema it points at. */
public record SubjectVersion(String subject, int version, int schemaId, boolean deleted) {}
