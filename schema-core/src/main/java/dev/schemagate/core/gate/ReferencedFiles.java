package dev.schemagate.core.gate;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.client.RegistryClient;
import dev.schemagate.core.client.RegistryClientException;
import dev.schemagate.core.client.SubjectVersion;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where downloaded schemas and the schemas they reference go, so that the folder's catalog finds
 * every reference again offline, as validate and check read it. An Avro schema is found by the names
 * it defines wherever it is: it goes to {@code <subject>.avsc} at the top. A JSON Schema is found by
 * the path a {@code $ref} names relative to the referencing file: it goes to its reference name
 * ({@code common/address.json}) beside the file that uses it, or, for a name that is not a relative
 * {@code .json} path, to {@code <subject>.json} at the top, where its {@code $id} finds it. References
 * of references follow. A file holds one schema: a chosen subject's own wins, and among references
 * the newest version of the subject.
 */
final class ReferencedFiles {
  /** A schema and the file it goes to; {@code usedBy} names the subject that references it, null for a chosen one. */
  record Placed(SubjectVersion schema, String usedBy) {}

  private final RegistryClient registry;
  private final Path directory;
  private final Map<String, SubjectVersion> fetched = new HashMap<>();

  ReferencedFiles(RegistryClient registry, Path directory) {
    this.registry = registry;
    this.directory = directory.toAbsolutePath().normalize();
  }

  /** The chosen schemas by file, followed by every schema they reference, directly or not. */
  Map<Path, Placed> place(Map<Path, SubjectVersion> chosen) {
    Map<Path, Placed> placed = new LinkedHashMap<>();
    Deque<Path> pending = new ArrayDeque<>();
    chosen.forEach((file, version) -> {
      placed.put(file, new Placed(version, null));
      pending.add(file);
    });
    while (!pending.isEmpty()) {
      Path userFile = pending.poll();
      SubjectVersion user = placed.get(userFile).schema();
      for (SchemaReference reference : user.schema().references()) {
        SubjectVersion target = fetch(reference, user);
        Path file = path(userFile, reference.name(), target);
        Placed there = placed.get(file);
        boolean newer = there != null && there.usedBy() != null && there.schema().subject().equals(target.subject())
            && there.schema().version() < target.version();
        if (there == null || newer) {
          placed.put(file, new Placed(target, user.subject()));
          pending.add(file);
        }
      }
    }
    return placed;
  }

  private SubjectVersion fetch(SchemaReference reference, SubjectVersion user) {
    String key = reference.subject() + "\n" + reference.version();
    SubjectVersion known = fetched.get(key);
    if (known != null) {
      return known;
    }
    SubjectVersion found;
    try {
      found = reference.version() > 0 ? registry.version(reference.subject(), reference.version()) : registry.latest(reference.subject());
    } catch (RegistryClientException e) {
      if (!e.isSubjectNotFound() && !e.isVersionNotFound()) {
        throw e;
      }
      throw new SchemaGateException("Version " + user.version() + " of subject \"" + user.subject() + "\" references version "
          + reference.version() + " of subject \"" + reference.subject() + "\", which the registry at " + registry.url()
          + " does not have, so the downloaded schema could not be read; nothing was written.");
    }
    fetched.put(key, found);
    return found;
  }

  private Path path(Path userFile, String name, SubjectVersion target) {
    SchemaType type = target.schema().type();
    if (SchemaLanguages.of(type).references().map(finder -> finder.isRelativePath(name)).orElse(false)) {
      Path beside = userFile.toAbsolutePath().getParent().resolve(name).normalize();
      if (beside.startsWith(directory)) {
        return beside;
      }
    }
    return directory.resolve(fileName(target.subject()) + SchemaLanguages.of(type).fileExtension());
  }

  /** A subject as a file name: characters a file system may refuse become {@code _}. */
  static String fileName(String subject) {
    String safe = subject.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
  }
}
