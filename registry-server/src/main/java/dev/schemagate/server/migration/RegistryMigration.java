package dev.schemagate.server.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies every subject version (with its id and number, soft-deleted ones too), configuration and
 * mode from a Confluent-compatible registry into another through their public REST API: the target
 * takes each subject in IMPORT mode while its versions are registered with the source's ids, then
 * gets the source's mode. What the target already holds is left alone, so a second run copies
 * nothing and an interrupted run can simply be started again.
 *
 * <p>The versions are read first (without their references' texts), then written with every
 * referenced version before the versions that use it. What cannot be copied is reported with the
 * reason and the rest carries on.
 */
public final class RegistryMigration {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final RegistryClient source;
  private final RegistryClient target;
  private final Consumer<String> progress;
  private final List<String> notCopied = new ArrayList<>();
  private final Map<SourceVersion.Key, SourceVersion> versions = new LinkedHashMap<>();
  private final Set<SourceVersion.Key> written = new HashSet<>();
  private final Set<SourceVersion.Key> visiting = new HashSet<>();
  /** Subjects put in IMPORT mode by this run, with the mode they had before (empty: none of their own). */
  private final Map<String, Optional<String>> imported = new LinkedHashMap<>();
  private int versionsCopied;
  private int deletionsCopied;
  private int settingsCopied;

  /** What a run copied, and what it could not copy with the reason, one line each. */
  public record Outcome(int versions, int deletions, int settings, List<String> notCopied) {
    public boolean copiedNothing() {
      return versions == 0 && deletions == 0 && settings == 0;
    }
  }

  /** @param progress hears one line per thing copied */
  public RegistryMigration(RegistryClient source, RegistryClient target, Consumer<String> progress) {
    this.source = source;
    this.target = target;
    this.progress = progress;
  }

  public Outcome run() {
    reportContexts();
    List<String> subjects = new ArrayList<>();
    for (JsonNode name : source.send("GET", "/subjects?deleted=true", null, "list the subjects, deleted ones too")) {
      String subject = name.asText();
      if (subject.startsWith(":.")) {
        notCopied.add("subject \"" + subject + "\": it lives in a context other than the default one, and SchemaGate"
            + " keeps every subject in one; copy it by hand under a name without the context prefix if it is needed");
      } else {
        subjects.add(subject);
        readVersions(subject);
      }
    }
    for (SourceVersion version : versions.values()) {
      write(version);
    }
    for (SourceVersion version : versions.values()) {
      if (version.deleted() && written.contains(version.key())) {
        softDelete(version);
      }
    }
    new Settings(source, target, this).copy(subjects);
    return new Outcome(versionsCopied, deletionsCopied, settingsCopied, List.copyOf(notCopied));
  }

  /** Confluent's contexts have no counterpart: their subjects are named and left out. */
  private void reportContexts() {
    JsonNode contexts;
    try {
      contexts = source.send("GET", "/contexts", null, "list the contexts");
    } catch (RegistryClientException noContexts) {
      return; // a registry without contexts (Karapace, SchemaGate) has only the default one
    }
    for (JsonNode context : contexts) {
      if (!context.asText().equals(".")) {
        notCopied.add("context \"" + context.asText() + "\": SchemaGate has no contexts; its subjects are listed below");
      }
    }
  }

  private void readVersions(String subject) {
    String path = "/subjects/" + RegistryClient.pathSegment(subject) + "/versions";
    Set<Integer> live = new HashSet<>();
    try {
      source.send("GET", path, null, "list the versions of subject \"" + subject + "\"").forEach(v -> live.add(v.asInt()));
    } catch (RegistryClientException e) {
      if (!e.isSubjectNotFound()) {
        throw e; // a subject whose versions are all soft-deleted is "not found" without deleted=true
      }
    }
    for (JsonNode number : source.send("GET", path + "?deleted=true", null,
        "list the versions of subject \"" + subject + "\", deleted ones too")) {
      int version = number.asInt();
      JsonNode body = source.send("GET", path + "/" + version + "?deleted=true", null,
          "read version " + version + " of subject \"" + subject + "\"");
      SourceVersion read = new SourceVersion(subject, version, body.path("id").asInt(), body, !live.contains(version));
      versions.put(read.key(), read);
    }
  }

  /** Registers the version with its id and number unless the target has it, after the versions it references. */
  private boolean write(SourceVersion version) {
    if (written.contains(version.key())) {
      return true;
    }
    if (!visiting.add(version.key())) {
      notCopied.add(version.key() + ": its references form a cycle, so no version of it can be registered first");
      return false;
    }
    try {
      for (SourceVersion.Key reference : version.references()) {
        SourceVersion used = versions.get(reference);
        if (used != null && !write(used)) {
          notCopied.add(version.key() + ": it references " + reference + ", which was not copied");
          return false;
        }
      }
      return register(version);
    } finally {
      visiting.remove(version.key());
    }
  }

  private boolean register(SourceVersion version) {
    String path = "/subjects/" + RegistryClient.pathSegment(version.subject()) + "/versions";
    Optional<JsonNode> existing = targetVersion(version);
    if (existing.isPresent()) {
      int id = existing.get().path("id").asInt();
      if (id != version.id()) {
        notCopied.add(version.key() + ": the target already holds it with id " + id + ", the source with id " + version.id());
        return false;
      }
      written.add(version.key());
      return true;
    }
    ObjectNode request = JSON.objectNode();
    request.put("schema", version.body().path("schema").asText());
    for (String field : List.of("schemaType", "references", "metadata", "ruleSet")) {
      if (version.body().hasNonNull(field)) {
        request.set(field, version.body().get(field));
      }
    }
    request.put("id", version.id()).put("version", version.version());
    try {
      importMode(version.subject());
      JsonNode answer = target.send("POST", path, request, "register " + version.key() + " with id " + version.id());
      if (answer.path("id").asInt() != version.id()) {
        notCopied.add(version.key() + ": the target registered it with id " + answer.path("id").asInt()
            + " instead of " + version.id());
        return false;
      }
    } catch (RegistryClientException e) {
      notCopied.add(version.key() + " (id " + version.id() + "): " + e.getMessage());
      return false;
    }
    written.add(version.key());
    versionsCopied++;
    progress.accept("copied " + version.key() + " with id " + version.id());
    return true;
  }

  /** The target's answer for the version, soft-deleted or not; empty when it has none. */
  private Optional<JsonNode> targetVersion(SourceVersion version) {
    try {
      return Optional.of(target.send("GET", "/subjects/" + RegistryClient.pathSegment(version.subject()) + "/versions/"
          + version.version() + "?deleted=true", null, "read " + version.key()));
    } catch (RegistryClientException e) {
      if (e.isSubjectNotFound() || e.isVersionNotFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void softDelete(SourceVersion version) {
    String path = "/subjects/" + RegistryClient.pathSegment(version.subject()) + "/versions/" + version.version();
    try {
      target.send("GET", path, null, "read " + version.key());
    } catch (RegistryClientException e) {
      if (e.isSubjectNotFound() || e.isVersionNotFound()) {
        return; // soft-deleted already
      }
      throw e;
    }
    try {
      importMode(version.subject());
      target.send("DELETE", path, null, "soft-delete " + version.key());
      deletionsCopied++;
      progress.accept("soft-deleted " + version.key() + ", as in the source");
    } catch (RegistryClientException e) {
      notCopied.add(version.key() + ": it is soft-deleted in the source but stays live in the target: " + e.getMessage());
    }
  }

  /** Puts the subject in IMPORT mode on the target before its first write in this run, remembering its mode. */
  private void importMode(String subject) {
    if (imported.containsKey(subject)) {
      return;
    }
    imported.put(subject, Settings.mode(target, subject));
    String path = "/mode/" + RegistryClient.pathSegment(subject) + "?force=true";
    target.send("PUT", path, JSON.objectNode().put("mode", "IMPORT"), "put subject \"" + subject + "\" in IMPORT mode");
  }

  /** The subjects this run put in IMPORT mode, with the mode each had before. */
  Map<String, Optional<String>> imported() {
    return imported;
  }

  void settingCopied(String what) {
    settingsCopied++;
    progress.accept("copied " + what);
  }

  void notCopied(String what) {
    notCopied.add(what);
  }
}
