package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.language.LanguageBasics;
import dev.schemagate.core.language.ReferenceFinder;
import dev.schemagate.core.language.SampleGenerator;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.core.validate.InstanceValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JSON Schema (drafts 4 to 2020-12): {@code .json} files, which name each other in {@code $ref}s. */
public final class JsonLanguage extends LanguageBasics {
  public static final JsonLanguage INSTANCE = new JsonLanguage();

  private JsonLanguage() {
    super(SchemaType.JSON, List.of(".json"), new JsonSchemaParser()::parse, new JsonSchemaChecker());
  }

  @Override
  public InstanceValidator validator(ParsedSchema schema) {
    return new JsonInstanceValidator((JsonSchema) schema);
  }

  @Override
  public Optional<SampleGenerator> samples() {
    return Optional.of(Samples.INSTANCE);
  }

  @Override
  public Optional<ReferenceFinder<?>> references() {
    return Optional.of(Files.INSTANCE);
  }

  @Override
  public List<String> topLevelFields(ParsedSchema schema) {
    List<String> names = new ArrayList<>();
    ((JsonSchema) schema).nodeUnsafe().path("properties").properties().forEach(property -> names.add(property.getKey()));
    return names;
  }

  @Override
  public boolean judgedByPolicy() {
    return true;
  }

  @Override
  public String example() {
    return "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}";
  }

  /** The datum of a JSON Schema is the JSON document itself. */
  private enum Samples implements SampleGenerator {
    INSTANCE;

    @Override
    public Object datum(ParsedSchema schema, long seed) {
      return JsonSamples.sample((JsonSchema) schema, seed);
    }

    @Override
    public List<Object> data(ParsedSchema schema, long seed, int count) {
      return new ArrayList<>(JsonSamples.samples((JsonSchema) schema, seed, count));
    }

    @Override
    public JsonNode toJson(ParsedSchema schema, Object datum) {
      return (JsonNode) datum;
    }

    @Override
    public JsonNode toEventJson(ParsedSchema schema, Object datum) {
      return (JsonNode) datum;
    }
  }

  /** One file as the finder keeps it; {@code document} is null when the file is not readable JSON. */
  record RefFile(String path, String folder, JsonNode document) {}

  /**
   * A file uses what its external {@code $ref}s name: the file at that path relative to it provides
   * it best, else a file whose {@code $id} is that resource. Documents are read one by one, so
   * files may use each other in a cycle.
   */
  private enum Files implements ReferenceFinder<RefFile> {
    INSTANCE;

    @Override
    public RefFile index(String path, JsonNode document) {
      int slash = path.lastIndexOf('/');
      return new RefFile(path, slash < 0 ? "" : path.substring(0, slash), document);
    }

    @Override
    public List<Use> uses(RefFile user, List<RefFile> candidates) {
      List<Use> uses = new ArrayList<>();
      if (user.document() != null) {
        for (String base : JsonSchemaRefs.external(user.document())) {
          int provider = provider(user, base, candidates);
          if (provider >= 0) {
            uses.add(new Use(base, provider));
          }
        }
      }
      return uses;
    }

    private static int provider(RefFile user, String base, List<RefFile> candidates) {
      String relative = JsonSchemaRefs.relativePath(user.folder(), base);
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i).path().equals(relative)) {
          return i;
        }
      }
      String absolute = JsonSchemaRefs.absolute(user.document(), base);
      for (int i = 0; i < candidates.size(); i++) {
        JsonNode other = candidates.get(i).document();
        if (other != null && JsonSchemaRefs.sameResource(JsonSchemaRefs.id(other), absolute)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public boolean allowsCycles() {
      return true;
    }

    @Override
    public boolean isRelativePath(String referenceName) {
      return referenceName.endsWith(".json") && !referenceName.contains(":") && !referenceName.startsWith("/");
    }
  }
}
