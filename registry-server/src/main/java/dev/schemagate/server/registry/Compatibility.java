package dev.schemagate.server.registry;

import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.server.store.SubjectVersion;
import dev.schemagate.server.metrics.Timers;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The compatibility check endpoints: a candidate against one version, or against the versions the
 * subject's level implies. A subject with no versions is compatible with anything.
 */
public final class Compatibility {
  private final StoredSchemas stored;
  private final Settings settings;
  private final CompatibilityChecker checker;
  private final WorkDeadline deadline;
  private final MeterRegistry meters;

  Compatibility(StoredSchemas stored, Settings settings, CompatibilityChecker checker, WorkDeadline deadline,
      MeterRegistry meters) {
    this.meters = meters;
    this.stored = stored;
    this.settings = settings;
    this.checker = checker;
    this.deadline = deadline;
  }

  /**
   * Checks against one version. {@code latest} of a subject without versions is compatible; a
   * numbered version that does not exist is 40402, whether or not the subject does (as Confluent).
   */
  public CompatibilityReport checkAgainstVersion(String subject, VersionSelector selector, SchemaRequest request) {
    return deadline.run(() -> report(subject, stored.parse(request), againstVersion(subject, selector)));
  }

  /** The verdict of {@link #checkAgainstVersion} alone, without reasons: what a check that is not verbose answers. */
  public boolean isCompatibleWithVersion(String subject, VersionSelector selector, SchemaRequest request) {
    return deadline.run(() -> verdict(subject, stored.parse(request), againstVersion(subject, selector)));
  }

  private List<SubjectVersion> againstVersion(String subject, VersionSelector selector) {
    List<SubjectVersion> live = stored.live(subject);
    if (live.isEmpty() && selector.isLatest()) {
      return List.of();
    }
    return List.of(selector.isLatest()
        ? live.get(live.size() - 1)
        : live.stream()
            .filter(v -> v.version() == selector.number())
            .findFirst()
            .orElseThrow(() -> RegistryException.versionNotFound(subject, selector.number())));
  }

  /** Checks against the versions the subject's level implies: the latest, or all for _TRANSITIVE. */
  public CompatibilityReport checkAgainstSubject(String subject, SchemaRequest request) {
    return deadline.run(() -> report(subject, stored.parse(request), stored.live(subject)));
  }

  /** The verdict of {@link #checkAgainstSubject} alone, without reasons. */
  public boolean isCompatibleWithSubject(String subject, SchemaRequest request) {
    return deadline.run(() -> verdict(subject, stored.parse(request), stored.live(subject)));
  }

  /**
   * The check a registration runs: the subject's level against its live history. The verdict comes
   * first; the reasons, with their sentences and witnesses, only for a schema that is refused.
   */
  CompatibilityReport checkForRegistration(String subject, ParsedSchema candidate, List<SubjectVersion> live) {
    Settings.Effective effective = settings.effective(subject);
    if (verdict(subject, candidate, live)) {
      return new CompatibilityReport(effective.level(), effective.policy(), List.of(), List.of(), List.of());
    }
    return report(subject, candidate, live);
  }

  private boolean verdict(String subject, ParsedSchema candidate, List<SubjectVersion> versions) {
    Settings.Effective effective = settings.effective(subject);
    List<VersionedSchema> history = stored.comparable(needed(effective, versions));
    try {
      return timed(candidate, false, () -> checker.isCompatible(candidate, history, effective.level(), effective.policy()),
          compatible -> compatible);
    } catch (StackOverflowError tooDeep) {
      throw tooDeep(candidate);
    }
  }

  /** Only the versions the level compares with are parsed. */
  private static List<SubjectVersion> needed(Settings.Effective effective, List<SubjectVersion> versions) {
    return effective.level().comparedWith(versions);
  }

  private CompatibilityReport report(String subject, ParsedSchema candidate, List<SubjectVersion> versions) {
    Settings.Effective effective = settings.effective(subject);
    List<VersionedSchema> history = stored.comparable(needed(effective, versions));
    try {
      return timed(candidate, true, () -> checker.check(candidate, history, effective.level(), effective.policy()),
          CompatibilityReport::isCompatible);
    } catch (StackOverflowError tooDeep) {
      throw tooDeep(candidate);
    }
  }

  /**
   * Runs one check, timed by format, verdict and whether it explained itself (a verdict first, then
   * the sentences and witnesses only for a schema that breaks).
   */
  private <T> T timed(ParsedSchema candidate, boolean explained, Supplier<T> check, java.util.function.Predicate<T> compatible) {
    long start = System.nanoTime();
    T result = check.get();
    Timers.timer(meters, "schemagate.compatibility.checks", "Compatibility checks, by schema format, verdict and"
            + " whether the reasons were worked out.", "format", candidate.type().name(),
        "result", compatible.test(result) ? "compatible" : "incompatible", "explained", Boolean.toString(explained))
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    return result;
  }

  private static RegistryException tooDeep(ParsedSchema candidate) {
    return RegistryException.invalidSchema("Invalid " + candidate.type() + " schema: it is nested too deeply to compare"
        + " with the subject's versions; flatten it or use named types and references.",
        List.of(dev.schemagate.core.schema.SchemaProblem.at("",
            "The schema is nested too deeply to compare; flatten it or use named types and references.")));
  }

  /** The 409 message: which versions break, by which rules, and every reason on one line each. */
  static String refusal(String subject, CompatibilityReport report) {
    String versions =
        report.failingVersions().stream()
            .map(v -> "version " + v + " (" + rulesAgainst(report, v) + ")")
            .collect(Collectors.joining(", "));
    return "Schema being registered is incompatible with an earlier schema for subject \"" + subject + "\" under "
        + report.level() + ": it breaks " + versions + ". " + String.join(" ", report.messages());
  }

  private static String rulesAgainst(CompatibilityReport report, int version) {
    return report.incompatibilities().stream()
        .filter(i -> i.oldVersion() == version)
        .map(Incompatibility::rule)
        .map(Enum::name)
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
