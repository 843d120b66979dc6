package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.server.store.NewSchema;
import dev.schemagate.server.store.StoreConflict;
import dev.schemagate.server.store.StoredSchema;
import dev.schemagate.server.store.SubjectVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registering a schema under a subject, and looking one up there. A registration parses the schema,
 * answers the existing version when the subject already has the same schema, else checks it against
 * the subject's history at the subject's level and stores a new version, reusing the global id of
 * the same content registered elsewhere.
 */
public final class Registration {
  private final StoredSchemas stored;
  private final Settings settings;
  private final Compatibility compatibility;
  private final SubjectLocks locks;
  private final WorkDeadline deadline;
  private final KnownRequests known;
  private final MeterRegistry meters;

  Registration(StoredSchemas stored, Settings settings, Compatibility compatibility, SubjectLocks locks,
      WorkDeadline deadline, KnownRequests known, MeterRegistry meters) {
    this.meters = meters;
    this.stored = stored;
    this.settings = settings;
    this.compatibility = compatibility;
    this.locks = locks;
    this.deadline = deadline;
    this.known = known;
  }

  /**
   * What a registration answers, and whether it added a version: false when the subject already had
   * the schema, so that nothing changed (the audit trail keeps changes only).
   */
  public record Registered(SchemaVersion version, boolean added) {}

  /**
   * Registers {@code request} under {@code subject}.
   *
   * @param normalize store the canonical text rather than the text as sent (also when the
   *     subject's configuration says {@code normalize: true})
   */
  public SchemaVersion register(String subject, SchemaRequest request, boolean normalize) {
    return registerOrFind(subject, request, normalize).version();
  }

  /** {@link #register}, saying whether a version was added. */
  public Registered registerOrFind(String subject, SchemaRequest request, boolean normalize) {
    Registered registered;
    try {
      registered = registerOrFindCounted(subject, request, normalize);
    } catch (RegistryException refused) {
      countRefusal(refused);
      throw refused;
    }
    Counter.builder("schemagate.registrations").description("Registrations answered, by whether they added a version.")
        .tag("outcome", registered.added() ? "added" : "existing").register(meters).increment();
    return registered;
  }

  /** One count per rule a refused schema breaks; a refusal without rules counts under its error. */
  private void countRefusal(RegistryException refused) {
    List<String> rules = refused.incompatibilities().stream().map(i -> i.rule().name()).distinct().toList();
    for (String rule : rules.isEmpty() ? List.of(refused.code().name()) : rules) {
      Counter.builder("schemagate.registration.refusals")
          .description("Registrations refused, by the compatibility rule broken (or the error, when no rule was).")
          .tag("rule", rule).register(meters).increment();
    }
  }

  private Registered registerOrFindCounted(String subject, SchemaRequest request, boolean normalize) {
    if (request.id() != null || request.version() != null) {
      return deadline.run(() -> registerWithin(subject, request, normalize)); // imports take the full path
    }
    KnownRequests.Key key = KnownRequests.Key.of(KnownRequests.Kind.REGISTER, subject, request, normalize);
    SubjectVersion answered = known.answer(key);
    if (answered != null) {
      settings.requireWritable(subject);
      if (settings.effectiveMode(subject) != Mode.IMPORT && !answered.deleted()) {
        return new Registered(answer(answered), false); // the same registration as before, and nothing it depends on changed
      }
    }
    KnownRequests.Basis basis = known.basis(subject, request);
    Registered registered = deadline.run(() -> registerWithin(subject, request, normalize));
    rememberExisting(key, basis, registered.version());
    return registered;
  }

  /** Keeps an answer that named a version the subject already had before the request. */
  private void rememberExisting(KnownRequests.Key key, KnownRequests.Basis basis, SchemaVersion answered) {
    SubjectVersion version = new SubjectVersion(answered.subject(), answered.version(), answered.id(), answered.deleted());
    if (basis.history().contains(version)) {
      known.remember(key, basis, version);
    }
  }

  private Registered registerWithin(String subject, SchemaRequest request, boolean normalize) {
    settings.requireWritable(subject);
    Mode mode = settings.effectiveMode(subject);
    boolean importing = mode == Mode.IMPORT;
    boolean givenId = request.id() != null && request.id() >= 0;
    if (!importing && givenId) {
      throw new RegistryException(
          ErrorCode.OPERATION_NOT_PERMITTED,
          "A schema id can only be given in IMPORT mode; subject '" + subject + "' is in " + mode
              + " mode. Leave \"id\" out to get the next free id.");
    }
    if (importing && !givenId) {
      throw new RegistryException(
          ErrorCode.OPERATION_NOT_PERMITTED,
          "Subject '" + subject + "' is in IMPORT mode, where every registration keeps the id it had elsewhere;"
              + " give the schema's \"id\" (and \"version\"), or switch the mode to READWRITE.");
    }
    SchemaRequest pinned = withPinnedReferences(request);
    ParsedSchema candidate = stored.parse(pinned);
    // the referenced subjects are locked too: a deletion checks for referrers under its subject's
    // lock, so it either finishes before the check below or sees this version once it is stored
    List<String> locked = new ArrayList<>(List.of(subject));
    pinned.references().forEach(reference -> locked.add(reference.subject()));
    return locks.withLocks(locked, () -> {
      settings.requireWritable(subject); // again: with other nodes, the mode may have changed meanwhile
      stored.requireRegistered(pinned.references());
      return registerLocked(subject, pinned, candidate, importing, normalize);
    });
  }

  private Registered registerLocked(
      String subject, SchemaRequest request, ParsedSchema candidate, boolean importing, boolean normalize) {
    List<SubjectVersion> history = stored.history(subject);
    List<SubjectVersion> live = history.stream().filter(v -> !v.deleted()).toList();
    StoredSchema previous = live.isEmpty() ? null : stored.existingSchema(live.get(live.size() - 1).schemaId());
    JsonNode previousMetadata = previous == null ? null : Jsons.read(previous.metadata());
    JsonNode metadata = DataContracts.metadata(settings.configValue(subject, "defaultMetadata"), request.metadata(),
        previousMetadata, settings.configValue(subject, "overrideMetadata"));
    JsonNode ruleSet = DataContracts.ruleSet(settings.configValue(subject, "defaultRuleSet"), request.ruleSet(),
        previous == null ? null : Jsons.read(previous.ruleSet()), settings.configValue(subject, "overrideRuleSet"));
    String contentKey = StoredSchemas.contentKey(candidate, metadata, ruleSet);
    OptionalInt existingId = stored.store().schemaIdByContentKey(contentKey);
    if (existingId.isPresent()) {
      for (SubjectVersion version : live) {
        if (version.schemaId() == existingId.getAsInt() && matchesImport(request, version)) {
          return new Registered(answer(version), false);
        }
      }
    }
    Integer requestedId = importing ? requestedId(request, existingId) : null;
    Integer requestedVersion = requestedVersion(subject, request, history, importing);
    if (!importing) {
      checkReservedFields(subject, candidate, metadata, previousMetadata);
      List<SubjectVersion> compared = sameGroup(subject, live, metadata);
      CompatibilityReport report = compatibility.checkForRegistration(subject, candidate, compared);
      if (!report.isCompatible()) {
        throw RegistryException.incompatible(Compatibility.refusal(subject, report), report.incompatibilities());
      }
    }
    JsonNode configured = settings.configValue(subject, "normalize");
    boolean normalized = normalize || (configured != null && configured.asBoolean(false));
    String text = normalized ? candidate.canonicalText() : request.schema();
    NewSchema schema =
        new NewSchema(contentKey, request.type(), text, request.references(), Jsons.write(metadata), Jsons.write(ruleSet));
    SubjectVersion added;
    try {
      added = stored.addVersion(subject, schema, requestedId, requestedVersion);
    } catch (StoreConflict conflict) {
      if (requestedId != null && stored.schema(requestedId).isPresent()) {
        throw idTaken(requestedId); // another registration took the id since it was checked above
      }
      throw conflict;
    }
    if (!normalized) {
      stored.rememberParsed(added.schemaId(), candidate);
    }
    return new Registered(answer(added), true);
  }

  private void checkReservedFields(String subject, ParsedSchema candidate, JsonNode metadata, JsonNode previousMetadata) {
    JsonNode validate = settings.configValue(subject, "validateFields");
    if (validate != null && validate.asBoolean(false)) {
      List<String> problems = DataContracts.reservedFieldProblems(candidate, metadata, previousMetadata);
      if (!problems.isEmpty()) {
        throw RegistryException.incompatible(
            "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\": "
                + String.join(" ", problems),
            List.of());
      }
    }
  }

  /**
   * With a {@code compatibilityGroup} configured, only versions whose metadata puts them in the same
   * group as the new one are compared: a new group starts a new line of evolution.
   */
  private List<SubjectVersion> sameGroup(String subject, List<SubjectVersion> live, JsonNode metadata) {
    JsonNode groupProperty = settings.configValue(subject, "compatibilityGroup");
    if (groupProperty == null || !groupProperty.isTextual()) {
      return live;
    }
    String group = DataContracts.group(metadata, groupProperty.asText());
    return live.stream()
        .filter(v -> java.util.Objects.equals(
            group, DataContracts.group(Jsons.read(stored.existingSchema(v.schemaId()).metadata()), groupProperty.asText())))
        .toList();
  }

  private static boolean matchesImport(SchemaRequest request, SubjectVersion version) {
    return request.version() == null || request.version() <= 0 || request.version() == version.version();
  }

  /** In IMPORT mode: the id the client gives must be free, or hold this very content. */
  private Integer requestedId(SchemaRequest request, OptionalInt existingId) {
    if (request.id() == null || request.id() < 0) {
      return null;
    }
    int id = request.id();
    if (existingId.isPresent() && existingId.getAsInt() != id) {
      throw new RegistryException(
          ErrorCode.ID_DOES_NOT_MATCH,
          "The schema is already registered with id " + existingId.getAsInt() + ", not " + id
              + "; import it with id " + existingId.getAsInt() + ".");
    }
    if (existingId.isEmpty() && stored.schema(id).isPresent()) {
      throw idTaken(id);
    }
    return id;
  }

  private static RegistryException idTaken(int id) {
    return new RegistryException(
        ErrorCode.OPERATION_NOT_PERMITTED,
        "Id " + id + " already holds another schema; an id names one schema forever, so import this one with another id.");
  }

  private static Integer requestedVersion(
      String subject, SchemaRequest request, List<SubjectVersion> history, boolean importing) {
    Integer wanted = request.version();
    if (wanted == null || wanted <= 0) {
      return null;
    }
    int next = history.isEmpty() ? 1 : history.get(history.size() - 1).version() + 1;
    boolean taken = history.stream().anyMatch(v -> v.version() == wanted);
    if (!importing && (taken || wanted != next)) {
      throw new RegistryException(
          ErrorCode.INVALID_SCHEMA,
          "Version " + wanted + " cannot be registered under subject '" + subject + "': the next version is " + next + ".");
    }
    return wanted;
  }

  /** References to "latest" (-1) are pinned to the version they name now, so the schema never changes. */
  private SchemaRequest withPinnedReferences(SchemaRequest request) {
    if (request.references().stream().noneMatch(r -> r.version() == -1)) {
      return request;
    }
    List<SchemaReference> pinned = new ArrayList<>();
    for (SchemaReference reference : request.references()) {
      if (reference.version() != -1) {
        pinned.add(reference);
        continue;
      }
      List<SubjectVersion> live = stored.live(reference.subject());
      int version = live.isEmpty() ? -1 : live.get(live.size() - 1).version();
      pinned.add(new SchemaReference(reference.name(), reference.subject(), version));
    }
    return new SchemaRequest(
        request.schema(), request.type(), pinned, request.id(), request.version(), request.metadata(), request.ruleSet());
  }

  /**
   * Finds the version of a subject that holds this schema ({@code POST /subjects/{s}}): 40401 for
   * a subject without versions, 40403 when the schema is not among them.
   */
  public SchemaVersion lookup(String subject, SchemaRequest request, boolean includeDeleted) {
    KnownRequests.Kind kind = includeDeleted ? KnownRequests.Kind.LOOKUP_WITH_DELETED : KnownRequests.Kind.LOOKUP;
    KnownRequests.Key key = KnownRequests.Key.of(kind, subject, request, false);
    SubjectVersion answered = known.answer(key);
    if (answered != null) {
      return answer(answered);
    }
    KnownRequests.Basis basis = known.basis(subject, request);
    SchemaVersion found = deadline.run(() -> lookupWithin(subject, request, includeDeleted));
    rememberExisting(key, basis, found);
    return found;
  }

  private SchemaVersion lookupWithin(String subject, SchemaRequest request, boolean includeDeleted) {
    List<SubjectVersion> versions =
        stored.history(subject).stream().filter(v -> includeDeleted || !v.deleted()).toList();
    if (versions.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    ParsedSchema candidate = stored.parse(withPinnedReferences(request));
    OptionalInt exact = stored.store().schemaIdByContentKey(
        StoredSchemas.contentKey(candidate, request.metadata(), request.ruleSet()));
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (exact.isPresent() && versions.get(i).schemaId() == exact.getAsInt()) {
        return answer(versions.get(i));
      }
    }
    // the stored version may carry metadata the configuration added; the schema itself decides
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (stored.parsed(versions.get(i).schemaId()).fingerprint().equals(candidate.fingerprint())) {
        return answer(versions.get(i));
      }
    }
    throw new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema not found under subject '" + subject + "'.");
  }

  private SchemaVersion answer(SubjectVersion version) {
    StoredSchema schema = stored.existingSchema(version.schemaId());
    return new SchemaVersion(version.subject(), version.version(), schema, version.deleted());
  }
}
