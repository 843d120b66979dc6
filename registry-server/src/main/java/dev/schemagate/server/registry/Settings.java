package dev.schemagate.server.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.server.store.SchemaStore;
import dev.schemagate.server.store.SchemaStore.Setting;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compatibility configuration and modes, global and per subject. A configuration is kept as the
 * JSON object {@code GET /config} answers ({@code compatibilityLevel}, {@code compatibilityPolicy},
 * {@code normalize}, {@code alias}, ...); an update changes only the fields it names.
 */
public final class Settings {
  static final String LEVEL = "compatibilityLevel";
  static final String POLICY = "compatibilityPolicy";
  /**
   * The configuration fields a {@code PUT /config} stores: Confluent's, and {@code compatibilityPolicy}.
   * Others are ignored, neither stored nor answered, as Confluent's registry ignores them.
   */
  static final Set<String> FIELDS = Set.of(LEVEL, POLICY, "compatibilityGroup", "defaultMetadata",
      "overrideMetadata", "defaultRuleSet", "overrideRuleSet", "alias", "normalize", "validateFields", "validateRules");

  private final SchemaStore store;
  private final CompatibilityLevel defaultLevel;
  private final Map<Setting, ReadThroughCache<String, Optional<String>>> memory = new EnumMap<>(Setting.class);
  private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

  /** @param cacheSize how many subjects' configurations and modes are kept in memory */
  Settings(SchemaStore store, CompatibilityLevel defaultLevel, int cacheSize) {
    this.store = store;
    this.defaultLevel = defaultLevel;
    for (Setting setting : Setting.values()) {
      memory.put(setting, new ReadThroughCache<>(cacheSize, value -> 1));
    }
  }

  // Every request asks for the configuration and the mode of its subject and of the registry;
  // this process owns the database, so they are read once and kept, and every change writes through.

  private Optional<String> config(String scope) {
    return read(Setting.CONFIG, scope);
  }

  private Optional<String> mode(String scope) {
    return read(Setting.MODE, scope);
  }

  private Optional<String> read(Setting setting, String scope) {
    return memory.get(setting).get(scope, key -> store.setting(setting, key));
  }

  /** Stores a setting, or with null removes it, then brings memory up to date. */
  private synchronized void write(Setting setting, String scope, String value) {
    if (value == null) {
      store.deleteSetting(setting, scope);
    } else {
      store.putSetting(setting, scope, value);
    }
    memory.get(setting).changedTo(scope, Optional.ofNullable(value));
    changes.incrementAndGet();
  }

  /**
   * Runs a change of a scope's settings under the store's lock on that scope when other processes
   * share the store, reading the scope's settings afresh: two nodes changing one configuration at
   * once change it one after the other, neither losing the other's fields.
   */
  private <T> T exclusively(String scope, java.util.function.Supplier<T> change) {
    if (!store.shared()) {
      return change.get();
    }
    return store.exclusively(java.util.List.of(scope), () -> {
      refresh(scope);
      refresh(SchemaStore.GLOBAL);
      return change.get();
    });
  }

  /** How many settings were changed so far: an answer computed before a change may be another now. */
  long changes() {
    return changes.get();
  }

  /** After another process changed a setting: it is read again when next needed. */
  void changedElsewhere(Setting setting, String scope) {
    memory.get(setting).changed(scope);
    changes.incrementAndGet();
  }

  /**
   * Reads a scope's settings from the store again, under the store's lock: memory changes (and
   * answers computed from it are dropped) only when another process did change them.
   */
  void refresh(String scope) {
    for (Setting setting : Setting.values()) {
      Optional<String> stored = store.setting(setting, scope);
      if (!read(setting, scope).equals(stored)) {
        memory.get(setting).changedTo(scope, stored);
        changes.incrementAndGet();
      }
    }
  }

  /** After another process may have changed any setting. */
  void everythingChangedElsewhere() {
    memory.values().forEach(ReadThroughCache::changedAll);
    changes.incrementAndGet();
  }

  /** Drops a subject's own configuration and mode, when the subject is deleted for good. */
  void forget(String subject) {
    write(Setting.CONFIG, subject, null);
    write(Setting.MODE, subject, null);
  }

  /** The level and policy registrations under a subject are checked at. */
  public record Effective(CompatibilityLevel level, CompatibilityPolicy policy) {}

  public Effective effective(String subject) {
    ObjectNode subjectConfig = Jsons.readObject(config(subject).orElse(null));
    ObjectNode global = Jsons.readObject(config(SchemaStore.GLOBAL).orElse(null));
    CompatibilityLevel level =
        level(subjectConfig).or(() -> level(global)).orElse(defaultLevel);
    CompatibilityPolicy policy =
        policy(subjectConfig).or(() -> policy(global)).orElse(CompatibilityPolicy.DEFAULT);
    return new Effective(level, policy);
  }

  /** The global configuration; the server default level when none was set. */
  public ObjectNode globalConfig() {
    ObjectNode config = Jsons.readObject(config(SchemaStore.GLOBAL).orElse(null));
    if (!config.has(LEVEL)) {
      config.put(LEVEL, defaultLevel.name());
    }
    return config;
  }

  /** A subject's own configuration; with {@code defaultToGlobal} the global one when it has none (else 40408). */
  public ObjectNode subjectConfig(String subject, boolean defaultToGlobal) {
    Optional<String> own = config(subject);
    if (own.isPresent()) {
      return Jsons.readObject(own.get());
    }
    if (defaultToGlobal) {
      return globalConfig();
    }
    throw new RegistryException(
        ErrorCode.SUBJECT_CONFIG_NOT_FOUND, "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  /**
   * Changes the fields {@code update} names ({@code compatibility} or {@code compatibilityLevel},
   * and any other configuration field) and keeps the rest; answers the whole new configuration.
   */
  public synchronized ObjectNode updateConfig(String subject, ObjectNode update) {
    return exclusively(subject == null ? SchemaStore.GLOBAL : subject, () -> {
      requireWritable(subject);
      String scope = subject == null ? SchemaStore.GLOBAL : subject;
      ObjectNode config = Jsons.readObject(config(scope).orElse(null));
      for (Map.Entry<String, JsonNode> field : update.properties()) {
        String name = field.getKey().equals("compatibility") ? LEVEL : field.getKey();
        JsonNode value = field.getValue();
        if (!FIELDS.contains(name)) {
          continue;
        }
        if (value.isNull()) {
          config.remove(name);
        } else if (name.equals(LEVEL)) {
          config.put(LEVEL, parseLevel(value).name());
        } else if (name.equals(POLICY)) {
          config.put(POLICY, parsePolicy(value).name());
        } else {
          config.set(name, value);
        }
      }
      write(Setting.CONFIG, scope, Jsons.write(config));
      return config;
  });
  }

  /** Removes a configuration, answering what it was; the global one falls back to the server default. */
  public synchronized ObjectNode deleteConfig(String subject) {
    return exclusively(subject == null ? SchemaStore.GLOBAL : subject, () -> {
      requireWritable(subject);
      if (subject == null) {
        ObjectNode previous = globalConfig();
        write(Setting.CONFIG, SchemaStore.GLOBAL, null);
        return previous;
      }
      requireKnown(subject, config(subject).isPresent());
      ObjectNode previous = subjectConfig(subject, false);
      write(Setting.CONFIG, subject, null);
      return previous;
  });
  }

  /** A subject with neither versions nor the setting being removed is unknown (40401), as in Confluent. */
  private void requireKnown(String subject, boolean hasSetting) {
    if (!hasSetting && store.history(subject).isEmpty()) {
      throw RegistryException.subjectNotFound(subject);
    }
  }

  /** A configuration field: the subject's own, else the global one; null when neither sets it. */
  JsonNode configValue(String subject, String field) {
    JsonNode own = Jsons.readObject(config(subject).orElse(null)).get(field);
    if (own != null && !own.isNull()) {
      return own;
    }
    JsonNode global = Jsons.readObject(config(SchemaStore.GLOBAL).orElse(null)).get(field);
    return global == null || global.isNull() ? null : global;
  }

  /**
   * The subject a name stands for: the {@code alias} its own configuration names, else itself. Lets
   * a short name serve reads and registrations of another subject.
   */
  public String resolveAlias(String subject) {
    JsonNode alias = Jsons.readObject(config(subject).orElse(null)).get("alias");
    return alias != null && alias.isTextual() && !alias.asText().isEmpty() ? alias.asText() : subject;
  }

  /** The mode that applies to a subject: its own, else the global one. */
  public Mode effectiveMode(String subject) {
    return mode(subject).flatMap(Mode::fromName).orElseGet(this::globalMode);
  }

  public Mode globalMode() {
    return mode(SchemaStore.GLOBAL).flatMap(Mode::fromName).orElse(Mode.READWRITE);
  }

  /** A subject's own mode; with {@code defaultToGlobal} the global one when it has none (else 40409). */
  public Mode subjectMode(String subject, boolean defaultToGlobal) {
    Optional<Mode> own = mode(subject).flatMap(Mode::fromName);
    if (own.isPresent()) {
      return own.get();
    }
    if (defaultToGlobal) {
      return globalMode();
    }
    throw new RegistryException(
        ErrorCode.SUBJECT_MODE_NOT_FOUND, "Subject '" + subject + "' does not have subject-level mode configured");
  }

  /**
   * Sets a mode. IMPORT is refused while the registry (or the subject) holds schemas, unless
   * {@code force}: imported ids could collide with the ones already handed out.
   */
  public synchronized Mode setMode(String subject, String requested, boolean force) {
    return exclusively(subject == null ? SchemaStore.GLOBAL : subject, () -> {
      Mode mode = Mode.fromName(requested)
          .orElseThrow(() -> new RegistryException(
              ErrorCode.INVALID_MODE,
              "Invalid mode '" + requested + "'. Valid values are READWRITE, READONLY, READONLY_OVERRIDE and IMPORT."));
      if (mode == Mode.IMPORT && !force) {
        boolean occupied = subject == null ? store.countVersions(true) > 0 : !store.history(subject).isEmpty();
        if (occupied) {
          throw new RegistryException(
              ErrorCode.OPERATION_NOT_PERMITTED,
              "Cannot switch to IMPORT mode while " + (subject == null ? "the registry" : "subject '" + subject + "'")
                  + " holds schemas, because imported ids could collide with existing ones; delete them or pass force=true.");
        }
      }
      write(Setting.MODE, subject == null ? SchemaStore.GLOBAL : subject, mode.name());
      return mode;
  });
  }

  /** Removes a mode, answering what it was; the global one falls back to READWRITE. */
  public synchronized Mode deleteMode(String subject) {
    return exclusively(subject == null ? SchemaStore.GLOBAL : subject, () -> {
      requireKnown(subject == null ? SchemaStore.GLOBAL : subject, subject == null || mode(subject).isPresent());
      if (subject == null) {
        Mode previous = globalMode();
        write(Setting.MODE, SchemaStore.GLOBAL, null);
        return previous;
      }
      Mode previous = subjectMode(subject, false);
      write(Setting.MODE, subject, null);
      return previous;
  });
  }

  /** Refuses a write while the subject (or, for null, the registry) is read-only. */
  void requireWritable(String subject) {
    Mode mode = subject == null ? globalMode() : effectiveMode(subject);
    if (mode.refusesWrites() || globalMode() == Mode.READONLY_OVERRIDE) {
      throw new RegistryException(
          ErrorCode.OPERATION_NOT_PERMITTED,
          (subject == null ? "The registry" : "Subject '" + subject + "'") + " is in " + mode
              + " mode; writes are refused until the mode is READWRITE again.");
    }
  }

  /** A level by its exact name in any case: {@code "FULL "} or {@code "FULL\u0000"} is no level. */
  static CompatibilityLevel parseLevel(JsonNode value) {
    return (value.isTextual() ? CompatibilityLevel.fromName(value.asText()) : Optional.<CompatibilityLevel>empty())
        .filter(level -> level.name().equalsIgnoreCase(value.asText()))
        .orElseThrow(() -> new RegistryException(
            ErrorCode.INVALID_COMPATIBILITY_LEVEL,
            "Invalid compatibility level " + value + ". Valid values are none, backward, forward, full,"
                + " backward_transitive, forward_transitive, and full_transitive"));
  }

  private static CompatibilityPolicy parsePolicy(JsonNode value) {
    return (value.isTextual() ? CompatibilityPolicy.fromName(value.asText()) : Optional.<CompatibilityPolicy>empty())
        .filter(policy -> policy.name().equalsIgnoreCase(value.asText()))
        .orElseThrow(() -> new RegistryException(
            ErrorCode.INVALID_COMPATIBILITY_LEVEL,
            "Invalid compatibility policy " + value + ". Valid values are strict and lenient."));
  }

  private static Optional<CompatibilityLevel> level(ObjectNode config) {
    return CompatibilityLevel.fromName(config.path(LEVEL).asText(null));
  }

  private static Optional<CompatibilityPolicy> policy(ObjectNode config) {
    return CompatibilityPolicy.fromName(config.path(POLICY).asText(null));
  }
}
