/**
 * Copying a running Confluent-compatible registry into a running SchemaGate through both
 * registries' REST API, so that every schema keeps its id and every subject version its number.
 */
package dev.schemagate.server.migration;
