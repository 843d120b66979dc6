package dev.schemagate.core.catalog;

import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema files of a tree: the current schemas, the earlier versions kept in history folders, and
 * the references between files. Parsing a file resolves what it uses from other files of the tree (an
 * Avro named type defined elsewhere, a JSON Schema {@code $ref} to a sibling file), dependencies first.
 *
 * <pre>{@code
 * SchemaCatalog catalog = SchemaCatalog.load(SchemaFiles.directory(dir, "src/main/schemas"));
 * for (LocalSchema schema : catalog.parseAll()) { ... }
 * }</pre>
 */
public final class SchemaCatalog {
  private final SchemaFiles files;
  private final List<SchemaFile> schemas = new ArrayList<>();
  private final List<SchemaFile> versions = new ArrayList<>();

  private SchemaCatalog(SchemaFiles files) {
    this.files = files;
    for (String path : files.paths()) {
      Optional<SchemaType> type = SchemaFile.typeOf(path);
      if (type.isPresent()) {
        SchemaFile file = new SchemaFile(path, type.get(), files.read(path));
        (file.isVersion() ? versions : schemas).add(file);
      }
    }
  }

  /** Reads every {@code .avsc} and {@code .json} file of the tree. */
  public static SchemaCatalog load(SchemaFiles files) {
    return new SchemaCatalog(files);
  }

  public SchemaFiles files() {
    return files;
  }

  /** The current schemas: every schema file except the versions in history folders, by path. */
  public List<SchemaFile> schemas() {
    return List.copyOf(schemas);
  }

  public Optional<SchemaFile> schema(String path) {
    return schemas.stream().filter(file -> file.path().equals(path)).findFirst();
  }

  /**
   * The earlier versions of a schema, oldest first. They are looked for, in this order, in a folder
   * named like the file beside where it would be ({@code orders/OrderPlaced/1.avsc} for {@code
   * orders/OrderPlaced.avsc}), then in a folder named after the subject at the root ({@code
   * OrderPlaced-value/1.avsc}); else the file at the same path is the only earlier version, as
   * version 1. Empty when there is none.
   */
  public List<VersionFile> history(String path, SchemaType type, String subject) {
    String folder = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : path;
    for (String candidate : List.of(folder, subject)) {
      List<VersionFile> found =
          versions.stream()
              .filter(file -> file.folder().equals(candidate) && file.type() == type)
              .sorted(Comparator.comparingInt(SchemaFile::version))
              .map(file -> new VersionFile(file.version(), file))
              .toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return schema(path).filter(file -> file.type() == type).map(file -> List.of(new VersionFile(1, file))).orElse(List.of());
  }

  /** Every current schema, parsed, by path. */
  public List<LocalSchema> parseAll() {
    return schemas.stream().map(this::parse).toList();
  }

  /** Parses a file, resolving what it uses from this tree's current schemas. */
  public LocalSchema parse(SchemaFile file) {
    return parse(file, null);
  }

  /**
   * Parses a file, resolving what it uses from this tree's current schemas and, for what they lack,
   * from {@code fallback}'s (e.g. an old version using a shared type that only the current tree has).
   */
  public LocalSchema parse(SchemaFile file, SchemaCatalog fallback) {
    ReferenceGraph graph = new ReferenceGraph(fallback == null ? schemas : withFallback(fallback));
    List<LocalReference> direct = graph.references(file);
    Map<String, String> resolved = new LinkedHashMap<>();
    try {
      graph.resolve(file, resolved);
    } catch (ReferenceGraph.Cycle cycle) {
      return new LocalSchema(file, null, List.of(SchemaProblem.at("", cycle.getMessage())), direct);
    }
    try {
      ParsedSchema parsed = SchemaParser.parse(file.type(), file.text(), List.of(), resolved);
      return new LocalSchema(file, parsed, List.of(), direct);
    } catch (InvalidSchemaException invalid) {
      return new LocalSchema(file, null, invalid.problems(), direct);
    }
  }

  private List<SchemaFile> withFallback(SchemaCatalog fallback) {
    List<SchemaFile> all = new ArrayList<>(schemas);
    all.addAll(fallback.schemas);
    return all;
  }

  /**
   * The current schemas in an order where each comes after the files it uses (for registering
   * them); files in a cycle keep their path order.
   */
  public static List<LocalSchema> dependencyOrder(List<LocalSchema> parsed) {
    Map<String, LocalSchema> byPath = new LinkedHashMap<>();
    parsed.forEach(schema -> byPath.put(schema.file().path(), schema));
    Map<String, LocalSchema> ordered = new LinkedHashMap<>();
    for (LocalSchema schema : parsed) {
      place(schema, byPath, ordered, new ArrayList<>());
    }
    return List.copyOf(ordered.values());
  }

  private static void place(LocalSchema schema, Map<String, LocalSchema> byPath, Map<String, LocalSchema> ordered, List<String> path) {
    String key = schema.file().path();
    if (ordered.containsKey(key) || path.contains(key)) {
      return;
    }
    path.add(key);
    for (LocalReference reference : schema.references()) {
      LocalSchema dependency = byPath.get(reference.path());
      if (dependency != null) {
        place(dependency, byPath, ordered, path);
      }
    }
    path.remove(key);
    ordered.put(key, schema);
  }
}
