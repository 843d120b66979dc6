package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.store.SubjectVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Registrations and lookups already answered, so that the same request again (a producer at every
 * start) is answered from memory without parsing, a query or a lock. An answer is reused only while
 * everything it was computed from is unchanged: the subject's history and the histories of the
 * subjects its references name (the very lists in memory; every change replaces them) and the
 * settings (their change count). Anything else, and every request that imports or fails, takes the
 * full path. Weighed by the characters of the text it keeps.
 */
final class KnownRequests {
  /** Which use case asked: an answer of one is never the answer of the other. */
  enum Kind { REGISTER, LOOKUP, LOOKUP_WITH_DELETED }

  /** Everything in a request that decides its answer. */
  record Key(Kind kind, String subject, SchemaType type, String schema, List<SchemaReference> references,
      boolean normalize, JsonNode metadata, JsonNode ruleSet) {
    static Key of(Kind kind, String subject, SchemaRequest request, boolean normalize) {
      return new Key(kind, subject, request.type(), request.schema(), request.references(), normalize,
          request.metadata(), request.ruleSet());
    }
  }

  /** What an answer was computed from, taken before computing it. */
  record Basis(List<SubjectVersion> history, List<List<SubjectVersion>> referenced, long settingsChanges) {}

  private record Answer(Basis basis, int version) {}

  private final Cache<Key, Answer> answers;
  private final StoredSchemas stored;
  private final Settings settings;

  /** @param maxCharacters the most schema text kept (about two bytes a character) */
  KnownRequests(StoredSchemas stored, Settings settings, long maxCharacters, io.micrometer.core.instrument.MeterRegistry meters) {
    this.stored = stored;
    this.settings = settings;
    this.answers = Caffeine.newBuilder()
        .maximumWeight(maxCharacters)
        .weigher((Key key, Answer answer) -> key.schema().length() + key.subject().length() + 64)
        .recordStats()
        .build();
    // a hit here may still be recomputed when what it was computed from changed since
    io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(meters, answers, "known_requests");
  }

  /** What an answer to {@code request} for {@code subject} would be computed from right now. */
  Basis basis(String subject, SchemaRequest request) {
    List<List<SubjectVersion>> referenced = new ArrayList<>(request.references().size());
    request.references().forEach(reference -> referenced.add(stored.history(reference.subject())));
    return new Basis(stored.history(subject), referenced, settings.changes());
  }

  /** The version answered before, when nothing it was computed from has changed since; else null. */
  SubjectVersion answer(Key key) {
    Answer known = answers.getIfPresent(key);
    if (known == null || !current(known.basis(), key)) {
      return null;
    }
    for (SubjectVersion version : known.basis().history()) {
      if (version.version() == known.version()) {
        return version;
      }
    }
    return null;
  }

  private boolean current(Basis basis, Key key) {
    if (basis.settingsChanges() != settings.changes() || stored.history(key.subject()) != basis.history()) {
      return false;
    }
    for (int i = 0; i < key.references().size(); i++) {
      if (stored.history(key.references().get(i).subject()) != basis.referenced().get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Keeps an answer computed from {@code basis}. */
  void remember(Key key, Basis basis, SubjectVersion answered) {
    // an empty history is one shared list, the same before and after a subject is emptied again
    if (basis.history().isEmpty() || basis.referenced().stream().anyMatch(List::isEmpty)) {
      return;
    }
    answers.put(key, new Answer(basis, answered.version()));
  }
}
