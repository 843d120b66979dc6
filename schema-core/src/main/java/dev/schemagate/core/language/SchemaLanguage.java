package dev.schemagate.core.language;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One schema language and everything SchemaGate knows about it: how its text parses (with its lint,
 * canonical form and fingerprint), how two versions compare, how events are checked against a
 * schema and made up from one, which files hold it and how those files name each other. Adding a
 * language is writing one of these in a package of its own and listing it in {@link SchemaLanguages};
 * nothing else decides by the type.
 */
public interface SchemaLanguage {

  SchemaType type();

  /** The endings of this language's schema file names, the one a downloaded schema is written with first. */
  List<String> fileExtensions();

  /**
   * Parses {@code text}. {@code resolvedReferences} maps each reference name to the text of the
   * referenced schema (transitively, dependencies first).
   *
   * @throws InvalidSchemaException with every problem found, each located
   */
  ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences);

  /** Decides whether a reader of this language can read what a writer writes. Thread-safe. */
  FormatChecker checker();

  /**
   * A validator of events, as JSON, against {@code schema} (of this language).
   *
   * @throws dev.schemagate.core.SchemaGateException when events of this language cannot be validated yet
   */
  InstanceValidator validator(ParsedSchema schema);

  /** Deterministic example events of a schema; empty when this language makes none yet. */
  Optional<SampleGenerator> samples();

  /**
   * How schema files of this language name the files they use; empty when files of this language
   * are not read from a schema folder yet.
   */
  Optional<ReferenceFinder<?>> references();

  /**
   * The names of the fields an event of {@code schema} has at its top level, in order; empty when
   * its events are not records or objects.
   */
  List<String> topLevelFields(ParsedSchema schema);

  /**
   * Whether the compatibility policy (STRICT or LENIENT) changes how schemas of this language are
   * judged, so that a caller asks for the policy only then.
   */
  default boolean judgedByPolicy() {
    return false;
  }

  /**
   * An event held in this language's own data form (an Avro record, generic or specific) as the
   * plain JSON its validator checks; empty when the event is not in that form.
   */
  default Optional<JsonNode> eventJson(Object event) {
    return Optional.empty();
  }

  /** Whether schema texts of this language are JSON documents, so that two can be compared node by node. */
  default boolean writtenInJson() {
    return true;
  }

  /** A small valid schema: parsing and checking it loads the language's classes ahead of the first request. */
  String example();

  /** The file extension a schema of this language is written with. */
  default String fileExtension() {
    return fileExtensions().get(0);
  }
}
