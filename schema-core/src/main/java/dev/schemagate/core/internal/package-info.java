/** Helpers shared inside schema-core. Not API: anything here may change without notice. */
package dev.schemagate.core.internal;
