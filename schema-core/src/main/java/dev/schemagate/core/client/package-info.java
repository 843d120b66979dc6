/**
 * A small client for registries that speak the Confluent Schema Registry REST API (SchemaGate's own
 * registry-server among them), over {@code java.net.http}. Entry point: {@link
 * dev.schemagate.core.client.RegistryClient#create(java.util.function.Consumer)}.
 */
package dev.schemagate.core.client;
