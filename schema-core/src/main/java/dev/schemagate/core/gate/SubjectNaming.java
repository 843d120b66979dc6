package dev.schemagate.core.gate;

/**
 * How a schema file's subject is named when no mapping names it: like Confluent's TopicNameStrategy
 * (the file is named after the topic, plus a {@code -value} or {@code -key} suffix) or its
 * RecordNameStrategy (the schema's own name).
 */
public enum SubjectNaming {
  /** The file name without extension: {@code OrderPlaced.avsc} is subject {@code OrderPlaced}. */
  FILE_NAME,
  /** The name the schema gives itself: the Avro full name, or the JSON Schema {@code $id} or {@code title}. */
  SCHEMA_NAME
}
