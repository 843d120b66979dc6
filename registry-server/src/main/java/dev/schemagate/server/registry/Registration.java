package dev.schemagate.server.registry;

import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.server.store.NewSchema;
import dev.schemagate.server.store.StoredSchema;
import dev.schemagate.server.store.SubjectVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Registering a schema under a subject, and looking one up there. A registration parses the schema,
 * answers the existing version when the subject already has the same schema, else checks it against
 * the subject's history at the subject's level and stores a new version, reusing the global id of
 * the same content registered elsewhere.
 */
public final class Registration {
  private final SchemaCatalog catalog;
  private final Settings settings;
  private final Compatibility compatibility;
  private final SubjectLocks locks;

  Registration(SchemaCatalog catalog, Settings settings, Compatibility compatibility, SubjectLocks locks) {
    this.catalog = catalog;
    this.settings = settings;
    this.compatibility = compatibility;
    this.locks = locks;
  }

  /**
   * Registers {@code request} under {@code subject}.
   *
   * @param normalize store the canonical text rather than the text as sent
   */
  public SchemaVersion register(String subject, SchemaRequest request, boolean normalize) {
    settings.requireWritable(subject);
    Mode mode = settings.effectiveMode(subject);
    boolean importing = mode == Mode.IMPORT;
    if (!importing && request.id() != null && request.id() >= 0) {
      throw new RegistryException(
          ErrorCode.OPERATION_NOT_PERMITTED,
          "A schema id can only be given in IMPORT mode; subject '" + subject + "' is in " + mode
              + " mode. Leave \"id\" out to get the next free id.");
    }
    SchemaRequest pinned = withPinnedReferences(request);
    ParsedSchema candidate = catalog.parse(pinned);
    String contentKey = SchemaCatalog.contentKey(candidate, request.metadata(), request.ruleSet());
    return locks.withLock(subject, () -> registerLocked(subject, pinned, candidate, contentKey, importing, normalize));
  }

  private SchemaVersion registerLocked(
      String subject, SchemaRequest request, ParsedSchema candidate, String contentKey, boolean importing, boolean normalize) {
    List<SubjectVersion> history = catalog.store().history(subject);
    List<SubjectVersion> live = history.stream().filter(v -> !v.deleted()).toList();
    OptionalInt existingId = catalog.store().schemaIdByContentKey(contentKey);
    if (existingId.isPresent()) {
      for (SubjectVersion version : live) {
        if (version.schemaId() == existingId.getAsInt() && matchesImport(request, version)) {
          return answer(version);
        }
      }
    }
    Integer requestedId = importing ? requestedId(request, existingId) : null;
    Integer requestedVersion = requestedVersion(subject, request, history, importing);
    if (!importing) {
      CompatibilityReport report = compatibility.checkForRegistration(subject, candidate, live);
      if (!report.isCompatible()) {
        throw RegistryException.incompatible(Compatibility.refusal(subject, report), report.incompatibilities());
      }
    }
    String text = normalize ? candidate.canonicalText() : request.schema();
    NewSchema schema =
        new NewSchema(
            contentKey, request.type(), text, request.references(), Jsons.write(request.metadata()), Jsons.write(request.ruleSet()));
    return answer(catalog.store().addVersion(subject, schema, requestedId, requestedVersion));
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
    if (existingId.isEmpty() && catalog.schema(id).isPresent()) {
      throw new RegistryException(
          ErrorCode.ID_DOES_NOT_MATCH,
          "Id " + id + " already holds another schema; an id names one schema forever, so import this one with another id.");
    }
    return id;
  }

  private static Integer requestedVersion(
      String subject, SchemaRequest request, List<SubjectVersion> history, boolean importing) {
    Integer wanted = request.version();
    if (wanted == null || wanted <= 0) {
      return null;
    }
    int next = history.isEmpty() ? 1 : history.get(history.size() - 1).version() + 1;
    boolean taken = history.stream().anyMatch(v -> v.version() == wanted);
    if (taken || (!importing && wanted != next)) {
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
      List<SubjectVersion> live = catalog.live(reference.subject());
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
    List<SubjectVersion> versions =
        catalog.store().history(subject).stream().filter(v -> includeDeleted || !v.deleted()).toList();
    if (versions.isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
    ParsedSchema candidate = catalog.parse(withPinnedReferences(request));
    String contentKey = SchemaCatalog.contentKey(candidate, request.metadata(), request.ruleSet());
    OptionalInt id = catalog.store().schemaIdByContentKey(contentKey);
    if (id.isPresent()) {
      for (int i = versions.size() - 1; i >= 0; i--) {
        if (versions.get(i).schemaId() == id.getAsInt()) {
          return answer(versions.get(i));
        }
      }
    }
    throw new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema not found under subject '" + subject + "'.");
  }

  private SchemaVersion answer(SubjectVersion version) {
    StoredSchema schema = catalog.existingSchema(version.schemaId());
    return new SchemaVersion(version.subject(), version.version(), schema, version.deleted());
  }
}
