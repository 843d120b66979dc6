package dev.schemagate.core.avro;

import java.util.List;
import org.apache.avro.Schema;

/**
 * Where one incompatibility sits, seen from both schemas at once: the steps from the two roots to
 * the pair of schemas Avro found incompatible, the JSON-pointer tokens of that place in the reader
 * and in the writer (Avro's own structure, before named types are looked up in the document), and
 * what the sentences need to name it.
 *
 * @param hops each step with the reader/writer pair it starts from, root first
 * @param reader the reader's schema at the end of the path
 * @param writer the writer's schema at the end of the path
 * @param readerPlace the reader's schema where the sentence places the problem (before trailing
 *     union branches)
 * @param writerPlace the writer's schema there
 * @param readerTokens pointer tokens into the reader
 * @param writerTokens pointer tokens into the writer; stop at the parent of a field it lacks
 * @param field the last field on the path, null at the top level
 * @param tail {@code items}/{@code values} steps after the last field
 */
record AvroSite(
    List<Hop> hops,
    Schema reader,
    Schema writer,
    Schema readerPlace,
    Schema writerPlace,
    List<String> readerTokens,
    List<String> writerTokens,
    FieldOnPath field,
    List<String> tail) {

  /** True when the path ends in a union branch of the writer that the reader cannot take. */
  boolean endsInWriterBranch() {
    return writerPlace != writer;
  }

  /** One step of the walk and the pair of schemas it starts from. */
  record Hop(Schema reader, Schema writer, Step step) {}

  /**
   * The last record field on the path.
   *
   * @param writerField null when the writer has no field the reader's field can read from
   * @param atTopLevel the field belongs to the top-level record
   */
  record FieldOnPath(Schema.Field readerField, Schema.Field writerField, Schema readerRecord, Schema writerRecord,
      boolean atTopLevel) {
    boolean missingInWriter() {
      return writerField == null;
    }
  }

  /** One move through the pair of schemas, as Avro's {@code SchemaCompatibility} walks it. */
  record Step(Kind kind, int index, boolean intoType, String token) {
    static Step field(int readerPosition, boolean intoType) {
      return new Step(Kind.FIELD, readerPosition, intoType, null);
    }

    static Step of(Kind kind) {
      return new Step(kind, -1, false, null);
    }

    static Step branch(Kind kind, int index) {
      return new Step(kind, index, false, null);
    }

    static Step terminal(String token) {
      return new Step(Kind.TERMINAL, -1, false, token);
    }
  }

  enum Kind {
    /** Into the reader's field {@code index} and the writer's field it reads from. */
    FIELD,
    ITEMS,
    VALUES,
    /** Into branch {@code index} of the writer's union; the reader stays. */
    WRITER_BRANCH,
    /** Into branch {@code index} of the reader's union; the writer stays. */
    READER_BRANCH,
    /** The {@code name}, {@code size} or {@code symbols} of a named type: ends the path. */
    TERMINAL
  }
}
