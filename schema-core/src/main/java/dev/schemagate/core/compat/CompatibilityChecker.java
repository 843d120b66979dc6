package dev.schemagate.core.compat;

import dev.schemagate.core.WorkInterruptedException;
import dev.schemagate.core.language.SchemaLanguage;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entry point of every compatibility question: a candidate schema, the subject's history and a
 * level in, a {@link CompatibilityReport} out. This is the only class that knows what the levels
 * mean; it turns them into reader/writer pairs for the format checkers.
 *
 * <pre>{@code
 * CompatibilityChecker checker = CompatibilityChecker.create();
 * CompatibilityReport report = checker.check(candidate, history, CompatibilityLevel.BACKWARD);
 * }</pre>
 */
public final class CompatibilityChecker {
  private final Map<SchemaType, FormatChecker> formats;
  private final int witnessAttempts;

  private CompatibilityChecker(Config config) {
    this.formats = new EnumMap<>(config.formats);
    this.witnessAttempts = config.witnessAttempts;
  }

  /** A checker for every language of {@link SchemaLanguages}, with witnesses on. */
  public static CompatibilityChecker create() {
    return create(config -> {});
  }

  public static CompatibilityChecker create(Consumer<Config> configure) {
    Config config = new Config();
    configure.accept(config);
    return new CompatibilityChecker(config);
  }

  /** Checks with the default policy, {@link CompatibilityPolicy#STRICT}. */
  public CompatibilityReport check(ParsedSchema candidate, List<VersionedSchema> history, CompatibilityLevel level) {
    return check(candidate, history, level, CompatibilityPolicy.DEFAULT);
  }

  /**
   * Checks {@code candidate} against {@code history} (oldest first) at {@code level}. BACKWARD,
   * FORWARD and FULL compare with the latest version; their {@code _TRANSITIVE} forms with every
   * version, reporting each one that fails. An empty history is compatible.
   */
  public CompatibilityReport check(
      ParsedSchema candidate, List<VersionedSchema> history, CompatibilityLevel level, CompatibilityPolicy policy) {
    List<VersionedSchema> compared = comparedVersions(history, level);
    WitnessBudget budget = new WitnessBudget(witnessAttempts);
    List<Incompatibility> found = new ArrayList<>();
    List<Incompatibility> waived = new ArrayList<>();
    for (VersionedSchema old : compared) {
      WorkInterruptedException.checkpoint();
      if (old.schema().type() != candidate.type()) {
        found.add(
            new Incompatibility(
                Rule.SCHEMA_TYPE_CHANGED,
                "",
                "The new schema is " + candidate.type() + " but version " + old.version() + " is " + old.schema().type()
                    + ", so no reader of one can read data written with the other; register it under another subject.",
                old.version(),
                level.newReadsOld() ? Direction.NEW_CANNOT_READ_OLD : Direction.OLD_CANNOT_READ_NEW,
                null));
        continue;
      }
      FormatChecker checker = formats.get(candidate.type());
      if (level.newReadsOld()) {
        SchemaPair pair = new SchemaPair(candidate, old.schema(), Direction.NEW_CANNOT_READ_OLD, old.version(), policy, budget);
        collect(checker.check(pair), pair, found, waived);
      }
      if (level.oldReadsNew()) {
        SchemaPair pair = new SchemaPair(old.schema(), candidate, Direction.OLD_CANNOT_READ_NEW, old.version(), policy, budget);
        collect(checker.check(pair), pair, found, waived);
      }
    }
    List<Integer> versions = compared.stream().map(VersionedSchema::version).toList();
    return new CompatibilityReport(level, policy, versions, found, waived);
  }

  /**
   * Whether {@link #check} would find {@code candidate} compatible, without its sentences and
   * witnesses: it stops at the first version that breaks. Explain a {@code false} with {@link #check}.
   */
  public boolean isCompatible(
      ParsedSchema candidate, List<VersionedSchema> history, CompatibilityLevel level, CompatibilityPolicy policy) {
    WitnessBudget none = WitnessBudget.none();
    for (VersionedSchema old : comparedVersions(history, level)) {
      WorkInterruptedException.checkpoint();
      if (old.schema().type() != candidate.type()) {
        return false;
      }
      FormatChecker checker = formats.get(candidate.type());
      if (level.newReadsOld() && !checker.compatible(
          new SchemaPair(candidate, old.schema(), Direction.NEW_CANNOT_READ_OLD, old.version(), policy, none))) {
        return false;
      }
      if (level.oldReadsNew() && !checker.compatible(
          new SchemaPair(old.schema(), candidate, Direction.OLD_CANNOT_READ_NEW, old.version(), policy, none))) {
        return false;
      }
    }
    return true;
  }

  /** Checks with the default policy, {@link CompatibilityPolicy#STRICT}. */
  public boolean isCompatible(ParsedSchema candidate, List<VersionedSchema> history, CompatibilityLevel level) {
    return isCompatible(candidate, history, level, CompatibilityPolicy.DEFAULT);
  }

  /** The versions a level compares with, newest first. */
  private static List<VersionedSchema> comparedVersions(List<VersionedSchema> history, CompatibilityLevel level) {
    List<VersionedSchema> newestFirst = new ArrayList<>(level.comparedWith(history));
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  private static void collect(List<Finding> findings, SchemaPair pair, List<Incompatibility> into, List<Incompatibility> waived) {
    for (Finding finding : findings) {
      (finding.waived() ? waived : into).add(
          new Incompatibility(
              finding.rule(), finding.path(), finding.message(), pair.oldVersion(), pair.direction(), finding.witness()));
    }
  }

  /** How a checker is set up; see {@link #create(Consumer)}. */
  public static final class Config {
    private final Map<SchemaType, FormatChecker> formats = new EnumMap<>(SchemaType.class);
    private int witnessAttempts = WitnessBudget.DEFAULT_ATTEMPTS;

    Config() {
      for (SchemaLanguage language : SchemaLanguages.all()) {
        format(language.checker());
      }
    }

    /** Adds or replaces the checker of one schema language. */
    public Config format(FormatChecker checker) {
      formats.put(checker.type(), checker);
      return this;
    }

    /** Witness attempts per check; 0 turns witnesses off. */
    public Config witnessAttempts(int attempts) {
      this.witnessAttempts = attempts;
      return this;
    }
  }
}
