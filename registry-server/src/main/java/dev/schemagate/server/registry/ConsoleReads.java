package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.diff.SchemaDiff;
import dev.schemagate.core.diff.SchemaDiffReport;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.server.store.SchemaStore.SubjectListing;
import dev.schemagate.server.store.SubjectVersion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the web console reads beyond the REST API: a page of subject summaries found by a part of
 * their name, the semantic diff of two versions at the subject's level, and a sample event.
 */
public final class ConsoleReads {
  /** The seed of every sample event, so that a version always shows the same one. */
  static final long SAMPLE_SEED = 42;

  private final StoredSchemas stored;
  private final Settings settings;
  private final SchemaDiff differ;
  private final WorkDeadline deadline;

  ConsoleReads(StoredSchemas stored, Settings settings, CompatibilityChecker checker, WorkDeadline deadline) {
    this.stored = stored;
    this.settings = settings;
    this.differ = new SchemaDiff(checker);
    this.deadline = deadline;
  }

  /** Which subjects a listing holds. */
  public enum Shown { LIVE, ALL, DELETED }

  /** One row of the subject list; {@code type} and {@code latestVersion} are null for a subject without versions. */
  public record SubjectSummary(String name, String type, Integer latestVersion, int versions, boolean deleted,
      String level, String policy, String mode) {}

  /** @param total how many subjects match, of which {@code subjects} is the page asked for */
  public record SubjectPage(int total, List<SubjectSummary> subjects) {}

  /**
   * The subjects whose name holds {@code query} (ignoring case), sorted, from {@code offset}, at most
   * {@code limit}. The names come from one query; only the page's rows read their versions and settings.
   */
  /** A page of the subjects whose name holds {@code query}, of those {@code readable} accepts (null: all). */
  public SubjectPage subjects(String query, Shown shown, int offset, int limit, Predicate<String> readable) {
    SubjectListing listing = switch (shown) {
      case LIVE -> SubjectListing.LIVE;
      case ALL -> SubjectListing.WITH_DELETED;
      case DELETED -> SubjectListing.ONLY_DELETED;
    };
    String needle = query == null ? "" : query.toLowerCase(Locale.ROOT);
    List<String> matching = stored.store().subjects("", listing).stream()
        .filter(name -> needle.isEmpty() || name.toLowerCase(Locale.ROOT).contains(needle))
        .filter(name -> readable == null || readable.test(name))
        .toList();
    int from = Math.min(offset, matching.size());
    int to = (int) Math.min(matching.size(), (long) from + limit);
    return new SubjectPage(matching.size(), matching.subList(from, to).stream().map(this::summary).toList());
  }

  private SubjectSummary summary(String subject) {
    List<SubjectVersion> history = stored.history(subject);
    List<SubjectVersion> live = history.stream().filter(v -> !v.deleted()).toList();
    Optional<SubjectVersion> latest = Optional.ofNullable(live.isEmpty()
        ? (history.isEmpty() ? null : history.get(history.size() - 1)) : live.get(live.size() - 1));
    Settings.Effective effective = settings.effective(subject);
    return new SubjectSummary(subject,
        latest.map(v -> stored.existingSchema(v.schemaId()).type().name()).orElse(null),
        latest.map(SubjectVersion::version).orElse(null), live.size(), live.isEmpty(),
        effective.level().name(), effective.policy().name(), settings.effectiveMode(subject).name());
  }

  /**
   * What changed from one version to another, each change judged at the subject's level and policy
   * with {@code from} as the old version. Soft-deleted versions can be compared too.
   */
  public SchemaDiffReport diff(String subject, VersionSelector from, VersionSelector to) {
    return deadline.run(() -> {
      SubjectVersion old = stored.version(subject, from, true);
      SubjectVersion current = stored.version(subject, to, true);
      Settings.Effective effective = settings.effective(subject);
      try {
        return differ.diff(new VersionedSchema(old.version(), stored.parsed(old.schemaId())),
            stored.parsed(current.schemaId()), effective.level(), effective.policy());
      } catch (SchemaGateException e) {
        throw new RegistryException(ErrorCode.OPERATION_NOT_PERMITTED, e.getMessage());
      }
    });
  }

  /** A valid example event of a version, the same each time; empty when none can be generated (Protobuf, or a schema accepting nothing). */
  public Optional<JsonNode> sample(String subject, VersionSelector selector) {
    return deadline.run(() -> {
      ParsedSchema schema = stored.parsed(stored.version(subject, selector, true).schemaId());
      try {
        return SchemaLanguages.of(schema.type()).samples()
            .map(samples -> samples.toJson(schema, samples.datum(schema, SAMPLE_SEED)));
      } catch (SchemaGateException none) {
        return Optional.empty();
      }
    });
  }
}
