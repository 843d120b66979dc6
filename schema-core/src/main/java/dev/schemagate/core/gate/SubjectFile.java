package dev.schemagate.core.gate;

import dev.schemagate.core.catalog.LocalSchema;

/**
 * A local schema file and the subject it is published under.
 *
 * @param displayPath the file as messages show it, relative to the project: {@code src/main/schemas/OrderPlaced.avsc}
 */
public record SubjectFile(String subject, String displayPath, LocalSchema local) {}
