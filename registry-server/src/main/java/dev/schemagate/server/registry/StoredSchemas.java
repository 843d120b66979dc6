package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.Fingerprints;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.NewSchema;
import dev.schemagate.server.store.SchemaStore;
import dev.schemagate.server.store.StoredSchema;
import dev.schemagate.server.store.SubjectVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stored schemas and subject versions as every use case sees them: the store behind memory.
 * Schemas by id (kept after the first read, since a schema never changes), their parsed form with
 * references resolved, each subject's versions; changes go through here so that memory follows.
 */
final class StoredSchemas {
  /** What any value in memory costs besides its content: object headers, the cache's entry, the key. */
  private static final int ENTRY_BYTES = 96;
  /** Bytes of heap per character of schema text as stored (at most two; Latin-1 text takes one). */
  private static final int TEXT_BYTES_PER_CHARACTER = 2;
  /**
   * Bytes of heap per character of schema text once parsed, with canonical form, fingerprint and
   * the text itself: 7 to 13 measured for Avro and JSON Schema; the top of that range, so that the
   * estimate errs towards keeping less.
   */
  private static final int PARSED_BYTES_PER_CHARACTER = 13;
  /** Bytes of heap per version in a subject's history: the version record and its slot in the list. */
  private static final int BYTES_PER_VERSION = 48;

  private final SchemaStore store;
  private final ReadThroughCache<Integer, StoredSchema> schemas;
  private final ReadThroughCache<Integer, ParsedSchema> parsed;
  private final ReadThroughCache<String, List<SubjectVersion>> histories;

  /**
   * @param cacheBytes how much heap the schemas, parsed forms and histories kept in memory may take
   *     together (see {@link Registry#defaultCacheBytes()}): a quarter for schema texts, five eighths
   *     for parsed forms, an eighth for histories; each value weighs an estimate of its memory
   */
  StoredSchemas(SchemaStore store, long cacheBytes, io.micrometer.core.instrument.MeterRegistry meters) {
    this.store = store;
    this.schemas = new ReadThroughCache<>(cacheBytes / 4, StoredSchemas::textBytes);
    this.parsed = new ReadThroughCache<>(cacheBytes / 8 * 5, StoredSchemas::parsedBytes);
    this.histories = new ReadThroughCache<>(cacheBytes / 8, StoredSchemas::historyBytes);
    schemas.monitor(meters, "schemas");
    parsed.monitor(meters, "parsed_schemas");
    histories.monitor(meters, "subject_histories");
  }

  static int textBytes(StoredSchema schema) {
    long characters = (long) schema.text().length() + length(schema.metadata()) + length(schema.ruleSet());
    return saturated(ENTRY_BYTES + characters * TEXT_BYTES_PER_CHARACTER);
  }

  static int parsedBytes(ParsedSchema schema) {
    return saturated(ENTRY_BYTES + (long) schema.text().length() * PARSED_BYTES_PER_CHARACTER);
  }

  static int historyBytes(List<SubjectVersion> history) {
    return saturated(ENTRY_BYTES + (long) history.size() * BYTES_PER_VERSION);
  }

  private static int saturated(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }

  SchemaStore store() {
    return store;
  }

  Optional<StoredSchema> schema(int id) {
    return Optional.ofNullable(schemas.get(id, key -> store.schema(key).orElse(null)));
  }

  StoredSchema existingSchema(int id) {
    return schema(id).orElseThrow(() -> RegistryException.schemaNotFound(Integer.toString(id)));
  }

  /** The parsed form of a stored schema, its references resolved. */
  ParsedSchema parsed(int id) {
    return parsed.get(id, key -> {
      StoredSchema stored = existingSchema(key);
      return SchemaParser.parse(stored.type(), stored.text(), stored.references(), resolve(stored.type(), stored.references()));
    });
  }

  /** Keeps the parsed form of a schema just stored from exactly this text and these references. */
  void rememberParsed(int id, ParsedSchema schema) {
    parsed.remember(id, schema);
  }

  /** Parses a schema a client sent; an invalid one is a 42201 naming every problem and where it is. */
  ParsedSchema parse(SchemaRequest request) {
    Map<String, String> resolved = resolve(request.type(), request.references());
    try {
      return SchemaParser.parse(request.type(), request.schema(), request.references(), resolved);
    } catch (InvalidSchemaException e) {
      throw invalid(request, e.problems());
    } catch (StackOverflowError tooDeep) {
      throw invalid(
          request, List.of(SchemaProblem.at("", "The schema is nested too deeply to read; flatten it or use named types.")));
    }
  }

  private static RegistryException invalid(SchemaRequest request, List<SchemaProblem> problems) {
    String details = problems.stream().map(SchemaProblem::toString).collect(Collectors.joining(" "));
    return RegistryException.invalidSchema("Invalid " + request.type() + " schema: " + details, problems);
  }

  /**
   * The texts of the schemas {@code references} name, transitively, dependencies before dependents,
   * keyed by reference name: what {@link SchemaParser} needs to read a schema that uses them.
   */
  Map<String, String> resolve(SchemaType type, List<SchemaReference> references) {
    Map<String, String> resolved = new LinkedHashMap<>();
    resolveInto(type, references, resolved, new HashSet<>());
    return resolved;
  }

  private void resolveInto(
      SchemaType type, List<SchemaReference> references, Map<String, String> resolved, Set<String> visiting) {
    for (SchemaReference reference : references) {
      if (resolved.containsKey(reference.name())) {
        continue;
      }
      String key = reference.subject() + "/" + reference.version();
      if (!visiting.add(key)) {
        throw RegistryException.invalidSchema(
            "Invalid schema: the references form a cycle through subject \"" + reference.subject() + "\" version "
                + reference.version() + "; a schema cannot depend on itself.",
            List.of(SchemaProblem.at("", "The references form a cycle through subject \"" + reference.subject() + "\".")));
      }
      StoredSchema target = existingSchema(referencedVersion(reference).schemaId());
      if (target.type() != type) {
        String sentence = "The reference \"" + reference.name() + "\" names subject \"" + reference.subject() + "\" version "
            + reference.version() + ", which is a " + target.type() + " schema; " + type + " schemas can only use " + type
            + " schemas.";
        throw RegistryException.invalidSchema("Invalid schema: " + sentence, List.of(SchemaProblem.at("", sentence)));
      }
      resolveInto(type, target.references(), resolved, visiting);
      resolved.put(reference.name(), target.text());
      visiting.remove(key);
    }
  }

  /** Fails as parsing would (42201) when a reference no longer names a live version. */
  void requireRegistered(List<SchemaReference> references) {
    references.forEach(this::referencedVersion);
  }

  private SubjectVersion referencedVersion(SchemaReference reference) {
    List<SubjectVersion> live = live(reference.subject());
    Optional<SubjectVersion> found =
        reference.version() == -1 && !live.isEmpty()
            ? Optional.of(live.get(live.size() - 1))
            : live.stream().filter(v -> v.version() == reference.version()).findFirst();
    return found.orElseThrow(
        () -> {
          String sentence =
              "The reference \"" + reference.name() + "\" names subject \"" + reference.subject() + "\" version "
                  + reference.version() + ", which is not registered; register it first or fix the reference.";
          return RegistryException.invalidSchema("Invalid schema: " + sentence, List.of(SchemaProblem.at("", sentence)));
        });
  }

  /**
   * Every version of a subject, soft-deleted ones included, oldest first. Kept in memory between
   * requests; every change to a subject goes through the methods below, which bring it up to date.
   * Reading takes no lock: a registration holding its subject's lock reads the subjects its
   * references name, and two of those waiting for each other's locks would never finish.
   */
  List<SubjectVersion> history(String subject) {
    return histories.get(subject, key -> List.copyOf(store.history(key)));
  }

  /** Stores a version; a subject's history in memory grows by it rather than being read again. */
  SubjectVersion addVersion(String subject, NewSchema schema, Integer requestedId, Integer requestedVersion) {
    SubjectVersion added;
    try {
      added = store.addVersion(subject, schema, requestedId, requestedVersion);
    } catch (RuntimeException e) {
      histories.changed(subject);
      throw e;
    }
    histories.changedBy(subject, known -> {
      List<SubjectVersion> grown = new ArrayList<>(known.size() + 1);
      known.stream().filter(v -> v.version() != added.version()).forEach(grown::add);
      grown.add(added);
      grown.sort(Comparator.comparingInt(SubjectVersion::version));
      return List.copyOf(grown);
    });
    return added;
  }

  void markDeleted(String subject, List<Integer> versions) {
    try {
      store.markDeleted(subject, versions);
    } finally {
      histories.changed(subject);
    }
  }

  /** Deletes versions for good, and forgets the schemas that went with them. */
  List<Integer> deletePermanently(String subject, List<Integer> versions) {
    try {
      List<Integer> removed = store.deletePermanently(subject, versions);
      removed.forEach(id -> {
        schemas.changed(id);
        parsed.changed(id);
      });
      return removed;
    } finally {
      histories.changed(subject);
    }
  }

  /** After another process changed a subject: its history is read again when next needed. */
  void historyChangedElsewhere(String subject) {
    histories.changed(subject);
  }

  /**
   * Reads a subject's history from the store again, under the store's lock: memory changes (and
   * answers computed from the old list are dropped) only when another process did change it.
   */
  void refreshHistory(String subject) {
    List<SubjectVersion> stored = List.copyOf(store.history(subject));
    if (!history(subject).equals(stored)) {
      histories.changedTo(subject, stored);
    }
  }

  /** After another process deleted a schema for good. */
  void schemaRemovedElsewhere(int id) {
    schemas.changed(id);
    parsed.changed(id);
  }

  /** After another process may have changed anything: every history is read again (schemas never change). */
  void everythingChangedElsewhere() {
    histories.changedAll();
  }

  /**
   * A subject's history, read from the store again when it is shared and the history in memory lacks
   * what is asked for: another node may have written it a moment ago, and a version or a subject that
   * a node acknowledged is never answered as not found by another.
   */
  private List<SubjectVersion> historyHaving(String subject, java.util.function.Predicate<List<SubjectVersion>> wanted) {
    List<SubjectVersion> known = history(subject);
    if (wanted.test(known) || !store.shared()) {
      return known;
    }
    histories.changed(subject);
    return history(subject);
  }

  /** The versions of a subject that are not deleted, oldest first. */
  List<SubjectVersion> live(String subject) {
    return history(subject).stream().filter(v -> !v.deleted()).toList();
  }

  /** The versions a compatibility check compares with, oldest first. */
  List<VersionedSchema> comparable(List<SubjectVersion> versions) {
    List<VersionedSchema> history = new ArrayList<>(versions.size());
    for (SubjectVersion version : versions) {
      history.add(new VersionedSchema(version.version(), parsed(version.schemaId())));
    }
    return history;
  }

  /**
   * One version of a subject. A subject without (visible) versions is 40401, a missing version 40402.
   *
   * @param includeDeleted whether soft-deleted versions count
   */
  SubjectVersion version(String subject, VersionSelector selector, boolean includeDeleted) {
    List<SubjectVersion> versions = historyHaving(subject,
            known -> known.stream().anyMatch(v -> (includeDeleted || !v.deleted())
                && (selector.isLatest() || v.version() == selector.number())))
        .stream().filter(v -> includeDeleted || !v.deleted()).toList();
    if (versions.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    if (selector.isLatest()) {
      return versions.get(versions.size() - 1);
    }
    return versions.stream()
        .filter(v -> v.version() == selector.number())
        .findFirst()
        .orElseThrow(() -> RegistryException.versionNotFound(subject, selector.number()));
  }

  /**
   * What identifies a schema's content: its fingerprint, extended by metadata and rule set when it
   * has them (the same schema with other metadata is another schema, as in Confluent's registry).
   */
  static String contentKey(ParsedSchema schema, JsonNode metadata, JsonNode ruleSet) {
    if (isAbsent(metadata) && isAbsent(ruleSet)) {
      return schema.fingerprint();
    }
    return Fingerprints.sha256(schema.fingerprint() + "\n" + Jsons.canonical(metadata) + "\n" + Jsons.canonical(ruleSet));
  }

  static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty());
  }
}
