package dev.schemagate.core.avro;

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
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;

/** Apache Avro: {@code .avsc} files, whose named types other files use by their full names. */
public final class AvroLanguage extends LanguageBasics {
  public static final AvroLanguage INSTANCE = new AvroLanguage();

  private AvroLanguage() {
    super(SchemaType.AVRO, List.of(".avsc"), new AvroSchemaParser()::parse, new AvroChecker());
  }

  @Override
  public InstanceValidator validator(ParsedSchema schema) {
    return new AvroInstanceValidator((AvroSchema) schema);
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
    Schema avro = ((AvroSchema) schema).avro();
    return avro.getType() == Schema.Type.RECORD ? avro.getFields().stream().map(Schema.Field::name).toList() : List.of();
  }

  @Override
  public Optional<JsonNode> eventJson(Object event) {
    return event instanceof GenericContainer avro ? Optional.of(AvroEventJson.of(avro)) : Optional.empty();
  }

  @Override
  public String example() {
    return "{\"type\":\"record\",\"name\":\"W\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
  }

  private enum Samples implements SampleGenerator {
    INSTANCE;

    @Override
    public Object datum(ParsedSchema schema, long seed) {
      return AvroSamples.datum((AvroSchema) schema, seed);
    }

    @Override
    public List<Object> data(ParsedSchema schema, long seed, int count) {
      return AvroSamples.data((AvroSchema) schema, seed, count);
    }

    @Override
    public JsonNode toJson(ParsedSchema schema, Object datum) {
      return AvroSamples.toReadableJson(((AvroSchema) schema).avro(), datum);
    }

    @Override
    public JsonNode toEventJson(ParsedSchema schema, Object datum) {
      return AvroEventJson.value(((AvroSchema) schema).avro(), datum);
    }
  }

  /** One file as the finder keeps it: its path and the names it defines and uses, null when it is not readable. */
  record NamedFile(String path, AvroNameUses names) {}

  /**
   * A file uses the named types it does not define; the file whose top-level type has the name
   * provides it, else the first file that defines it. Avro's parser needs dependencies first, so
   * files cannot use each other in a cycle.
   */
  private enum Files implements ReferenceFinder<NamedFile> {
    INSTANCE;

    @Override
    public NamedFile index(String path, JsonNode document) {
      return new NamedFile(path, document == null ? null : AvroNameUses.of(document));
    }

    @Override
    public List<Use> uses(NamedFile user, List<NamedFile> candidates) {
      List<Use> uses = new ArrayList<>();
      if (user.names() != null) {
        for (List<String> names : user.names().missing) {
          definer(names, user, candidates).ifPresent(uses::add);
        }
      }
      return uses;
    }

    /** The first of the names some candidate defines, and the candidate. */
    private static Optional<Use> definer(List<String> names, NamedFile user, List<NamedFile> candidates) {
      for (String name : names) {
        int definer = -1;
        for (int i = 0; i < candidates.size(); i++) {
          AvroNameUses provided = candidates.get(i).names();
          if (provided == null || candidates.get(i).path().equals(user.path())) {
            continue;
          }
          if (name.equals(provided.topLevel)) {
            definer = i;
            break;
          }
          if (definer < 0 && provided.defined.contains(name)) {
            definer = i;
          }
        }
        if (definer >= 0) {
          return Optional.of(new Use(name, definer));
        }
      }
      return Optional.empty();
    }

    @Override
    public boolean allowsCycles() {
      return false;
    }

    @Override
    public boolean isRelativePath(String referenceName) {
      return false;
    }
  }
}
