package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.internal.Unexpected;
import dev.schemagate.core.validate.Judgement;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The networknt validator, set up once per dialect. Nothing is fetched over the network: a
 * {@code $ref} resolves only inside the document, to a referenced schema, or to a bundled
 * meta-schema.
 */
final class JsonValidators {
  /** Base of documents without an absolute {@code $id}; relative reference names resolve against it. */
  public static final String BASE = "https://schemagate.invalid/schemas/root.json";

  private static final Map<JsonSchemaDialect, Schema> META_SCHEMAS = new EnumMap<>(JsonSchemaDialect.class);
  private static final Map<String, Schema> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<JsonSchema, Schema> COMPILED = Collections.synchronizedMap(new WeakHashMap<>());

  private JsonValidators() {}

  /** The meta-schema of a draft, compiled once. */
  public static synchronized Schema metaSchema(JsonSchemaDialect dialect) {
    return META_SCHEMAS.computeIfAbsent(
        dialect,
        d -> SchemaRegistry.withDefaultDialect(version(d)).getSchema(SchemaLocation.of(d.id())));
  }

  /** Compiles a schema document for validating instances; referenced documents by reference name. */
  public static Schema compile(JsonNode original, JsonSchemaDialect dialect, Map<String, JsonNode> references) {
    Map<String, String> documents = new HashMap<>();
    String ownId = original.path("$id").asText(original.path("id").asText(""));
    JsonNode schema = withoutLegacyIds(original, dialect);
    references.forEach(
        (name, document) -> {
          JsonNode declared = document.path("$schema");
          JsonSchemaDialect own = declared.isTextual() ? JsonSchemaDialect.fromId(declared.asText()).orElse(dialect) : dialect;
          String text = Json.write(withoutLegacyIds(document, own));
          documents.put(resolve(BASE, name), text);
          if (isAbsolute(ownId)) {
            documents.put(resolve(ownId, name), text);
          }
          if (isAbsolute(name)) {
            documents.put(stripFragment(name), text);
          }
        });
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(version(dialect), builder -> builder.schemas(documents::get));
    return registry.getSchema(SchemaLocation.of(BASE), schema);
  }

  /**
   * Draft 4's {@code id} means nothing from draft 6 on, but the validator refuses to compile a
   * schema that still has it; a copy without it validates the same instances.
   */
  private static JsonNode withoutLegacyIds(JsonNode schema, JsonSchemaDialect dialect) {
    if (dialect == JsonSchemaDialect.DRAFT_4 || !hasLegacyId(schema)) {
      return schema;
    }
    JsonNode copy = schema.deepCopy();
    removeLegacyIds(copy);
    return copy;
  }

  private static boolean hasLegacyId(JsonNode node) {
    if (node.isObject() && node.path("id").isTextual()) {
      return true;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!JsonRefs.DATA_KEYWORDS.contains(field.getKey()) && hasLegacyId(field.getValue())) {
        return true;
      }
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      if (hasLegacyId(node.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static void removeLegacyIds(JsonNode node) {
    if (node.isObject() && node.path("id").isTextual()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("id");
    }
    node.properties().forEach(field -> {
      if (!JsonRefs.DATA_KEYWORDS.contains(field.getKey())) {
        removeLegacyIds(field.getValue());
      }
    });
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      removeLegacyIds(node.get(i));
    }
  }

  /** A parsed schema compiled for validating instances, compiled once per parsed schema. */
  public static Schema forSchema(JsonSchema schema) {
    Schema compiled = COMPILED.get(schema);
    if (compiled == null) {
      compiled = compile(schema.nodeUnsafe(), schema.dialect(), schema.resolvedReferences());
      COMPILED.put(schema, compiled);
    }
    return compiled;
  }

  /** A schema that checks one string keyword ({@code format}, {@code contentEncoding}, ...) as the given draft checks it. */
  public static Schema stringKeyword(JsonSchemaDialect dialect, String keyword, String value) {
    return FORMATS.computeIfAbsent(dialect + " " + keyword + " " + value, key -> {
      com.fasterxml.jackson.databind.node.ObjectNode schema = Json.object();
      schema.put("$schema", dialect.id()).put("type", "string").put(keyword, value);
      return compile(schema, dialect, Map.of());
    });
  }

  /**
   * Whether the instance is valid. A validator that cannot finish (too deep) proves nothing, so
   * the answer is {@link Judgement#UNKNOWN}; any other failure is a bug, answered the same way.
   */
  public static Judgement judge(Schema schema, JsonNode instance) {
    try {
      return schema.validate(instance).isEmpty() ? Judgement.ACCEPTED : Judgement.REJECTED;
    } catch (StackOverflowError tooDeep) {
      return Judgement.UNKNOWN;
    } catch (RuntimeException failure) {
      Unexpected.seen("Validating " + instance, failure);
      return Judgement.UNKNOWN;
    }
  }

  /** True when validation finishes and finds the instance valid. */
  public static boolean accepts(Schema schema, JsonNode instance) {
    return judge(schema, instance) == Judgement.ACCEPTED;
  }

  /** True when validation finishes and finds the instance invalid. */
  public static boolean rejects(Schema schema, JsonNode instance) {
    return judge(schema, instance) == Judgement.REJECTED;
  }

  /** Errors of an instance, or none. */
  public static List<Error> validate(Schema schema, JsonNode instance) {
    return schema.validate(instance);
  }

  /** The RFC 6901 pointer of an instance or schema location. */
  public static String pointer(NodePath path) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < path.getNameCount(); i++) {
      tokens.add(String.valueOf(path.getElement(i)));
    }
    return Pointers.of(tokens);
  }

  public static SpecificationVersion version(JsonSchemaDialect dialect) {
    return switch (dialect) {
      case DRAFT_4 -> SpecificationVersion.DRAFT_4;
      case DRAFT_6 -> SpecificationVersion.DRAFT_6;
      case DRAFT_7 -> SpecificationVersion.DRAFT_7;
      case DRAFT_2019_09 -> SpecificationVersion.DRAFT_2019_09;
      case DRAFT_2020_12 -> SpecificationVersion.DRAFT_2020_12;
    };
  }

  private static boolean isAbsolute(String iri) {
    try {
      return !iri.isEmpty() && URI.create(iri).isAbsolute();
    } catch (IllegalArgumentException notAnIri) {
      return false;
    }
  }

  private static String resolve(String base, String reference) {
    try {
      return stripFragment(URI.create(base).resolve(reference).toString());
    } catch (IllegalArgumentException notAnIri) {
      return reference;
    }
  }

  private static String stripFragment(String iri) {
    int hash = iri.indexOf('#');
    return hash < 0 ? iri : iri.substring(0, hash);
  }
}
