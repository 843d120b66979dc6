package dev.schemagate.server.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies configurations and modes, per subject and global, once the versions are in: each is
 * written only when the target's differs, and a subject's mode last, since IMPORT was needed
 * until then. The global mode comes last of all: a read-only source makes the target read-only.
 */
final class Settings {
  /** Confluent's codes for "no configuration / mode of its own". */
  private static final int NO_SUBJECT_CONFIG = 40408;
  private static final int NO_SUBJECT_MODE = 40409;

  private final RegistryClient source;
  private final RegistryClient target;
  private final RegistryMigration migration;

  Settings(RegistryClient source, RegistryClient target, RegistryMigration migration) {
    this.source = source;
    this.target = target;
    this.migration = migration;
  }

  void copy(List<String> subjects) {
    for (String subject : subjects) {
      copyConfig("/config/" + RegistryClient.pathSegment(subject), "the configuration of subject \"" + subject + "\"");
    }
    copyConfig("/config", "the global configuration");
    Map<String, Optional<String>> imported = migration.imported();
    for (String subject : subjects) {
      Optional<String> wanted = mode(source, subject);
      Optional<String> before = imported.containsKey(subject) ? imported.get(subject) : mode(target, subject);
      if (imported.containsKey(subject) || !wanted.equals(before)) {
        String path = "/mode/" + RegistryClient.pathSegment(subject);
        String what = "the mode of subject \"" + subject + "\" (" + wanted.orElse("none of its own") + ")";
        if (setMode(path, wanted, what) && !wanted.equals(before)) {
          migration.settingCopied(what);
        }
      }
    }
    Optional<String> globalMode = Optional.of(source.send("GET", "/mode", null, "read the global mode").path("mode").asText());
    if (!globalMode.equals(Optional.of(target.send("GET", "/mode", null, "read the global mode").path("mode").asText()))) {
      String what = "the global mode (" + globalMode.get() + ")";
      if (setMode("/mode", globalMode, what)) {
        migration.settingCopied(what);
      }
    }
  }

  private void copyConfig(String path, String what) {
    Optional<ObjectNode> wanted = config(source, path, what);
    if (wanted.isEmpty()) {
      return;
    }
    Optional<ObjectNode> held = config(target, path, what);
    if (held.isPresent() && holds(held.get(), wanted.get())) {
      return;
    }
    try {
      target.send("PUT", path, wanted.get(), "set " + what);
      migration.settingCopied(what);
    } catch (RegistryClientException e) {
      migration.notCopied(what + ": " + e.getMessage());
    }
  }

  /** Whether the target's configuration has every field of the source's, with the same value. */
  private static boolean holds(ObjectNode held, ObjectNode wanted) {
    for (Map.Entry<String, JsonNode> field : wanted.properties()) {
      if (!field.getValue().equals(held.get(field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A configuration as a request sets it: GET answers {@code compatibilityLevel}, PUT takes
   * {@code compatibility}; fields without a value are left out. Empty when there is none of its own.
   */
  private static Optional<ObjectNode> config(RegistryClient registry, String path, String what) {
    JsonNode answer;
    try {
      answer = registry.send("GET", path, null, "read " + what);
    } catch (RegistryClientException e) {
      if (e.errorCode() == NO_SUBJECT_CONFIG || e.isSubjectNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
    ObjectNode request = JsonNodeFactory.instance.objectNode();
    answer.properties().forEach(field -> {
      if (!field.getValue().isNull()) {
        request.set(field.getKey().equals("compatibilityLevel") ? "compatibility" : field.getKey(), field.getValue());
      }
    });
    return Optional.of(request);
  }

  /** The subject's own mode; empty when it has none. */
  static Optional<String> mode(RegistryClient registry, String subject) {
    try {
      return Optional.of(registry.send("GET", "/mode/" + RegistryClient.pathSegment(subject), null,
          "read the mode of subject \"" + subject + "\"").path("mode").asText());
    } catch (RegistryClientException e) {
      if (e.errorCode() == NO_SUBJECT_MODE || e.isSubjectNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Sets a mode, or removes the subject's own when {@code mode} is empty; false (reported) when refused. */
  private boolean setMode(String path, Optional<String> mode, String what) {
    try {
      if (mode.isPresent()) {
        target.send("PUT", path + "?force=true", JsonNodeFactory.instance.objectNode().put("mode", mode.get()), "set " + what);
      } else {
        target.send("DELETE", path, null, "remove the IMPORT mode this migration gave " + what.replace(" (none of its own)", ""));
      }
      return true;
    } catch (RegistryClientException e) {
      migration.notCopied(what + ": " + e.getMessage());
      return false;
    }
  }
}
