/**
 * Protocol Buffers schema files ({@code .proto}, proto2 and proto3) read into a small model: what the
 * registry needs to store, fingerprint and compare them. Not a code generator: options are kept as
 * text, services only by name.
 */
package dev.schemagate.core.protobuf;
