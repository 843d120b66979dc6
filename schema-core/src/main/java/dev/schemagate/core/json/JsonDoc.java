package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON Schema document as the checker and the sample generator read it: its root, its draft
 * (which decides what each keyword means) and the documents its references name. Shared by the
 * compatibility checker; not a stable API.
 */
final class JsonDoc {
  private final JsonNode root;
  private final JsonSchemaDialect dialect;
  private final Map<String, JsonNode> references;
  private final Map<String, JsonDoc> referenced;
  private final boolean main;

  private JsonDoc(JsonNode root, JsonSchemaDialect dialect, Map<String, JsonNode> references, Map<String, JsonDoc> shared, boolean main) {
    this.root = root;
    this.dialect = dialect;
    this.references = references;
    this.referenced = shared;
    this.main = main;
  }

  public static JsonDoc of(JsonSchema schema) {
    return new JsonDoc(schema.nodeUnsafe(), schema.dialect(), schema.resolvedReferences(), new HashMap<>(), true);
  }

  /** A document made up by the caller (a constraint, a value), reported at {@code anchor}. */
  public static JsonSite synthetic(JsonNode schema, JsonSchemaDialect dialect, String anchor) {
    JsonDoc doc = new JsonDoc(schema, dialect, Map.of(), new HashMap<>(), false);
    return new JsonSite(doc, schema, "", anchor);
  }

  /** The whole document as a site. */
  public JsonSite root() {
    return new JsonSite(this, root, "", "");
  }

  public JsonSchemaDialect dialect() {
    return dialect;
  }

  /** True for the document the user wrote; false for referenced or made-up documents. */
  public boolean isMain() {
    return main;
  }

  /** The site a reference written at {@code from} leads to; empty if it leads nowhere. */
  Optional<JsonSite> resolve(JsonSite from, String ref) {
    return JsonRefs.locate(root, ref, references)
        .map(
            target -> {
              if (target.document() == null) {
                String anchor = main ? target.pointer() : from.anchor();
                return new JsonSite(this, target.node(), target.pointer(), anchor);
              }
              JsonDoc other = referenced.computeIfAbsent(target.document(), name -> referencedDoc(references.get(name)));
              return new JsonSite(other, target.node(), target.pointer(), from.anchor());
            });
  }

  private JsonDoc referencedDoc(JsonNode document) {
    JsonSchemaDialect own = dialect;
    JsonNode declared = document.path("$schema");
    if (declared.isTextual()) {
      own = JsonSchemaDialect.fromId(declared.asText()).orElse(dialect);
    }
    return new JsonDoc(document, own, references, referenced, false);
  }

  /** Whether a keyword means anything in this document's draft. */
  boolean active(String keyword) {
    return switch (keyword) {
      case "const", "contains", "propertyNames" -> dialect.isAtLeast(JsonSchemaDialect.DRAFT_6);
      case "if", "then", "else" -> dialect.isAtLeast(JsonSchemaDialect.DRAFT_7);
      case "dependentRequired", "dependentSchemas", "minContains", "maxContains", "unevaluatedProperties",
          "unevaluatedItems", "$recursiveRef" -> dialect.isAtLeast(JsonSchemaDialect.DRAFT_2019_09);
      case "prefixItems", "$dynamicRef" -> dialect.isAtLeast(JsonSchemaDialect.DRAFT_2020_12);
      case "additionalItems" -> !dialect.isAtLeast(JsonSchemaDialect.DRAFT_2020_12);
      default -> true;
    };
  }

  /** From draft 2019-09 on, keywords beside {@code $ref} apply too; before, they are ignored. */
  boolean refSiblingsApply() {
    return dialect.isAtLeast(JsonSchemaDialect.DRAFT_2019_09);
  }

  /** Drafts 4, 6 and 7 check the formats they define; later drafts only annotate. */
  public boolean assertsFormat(String format) {
    return !dialect.isAtLeast(JsonSchemaDialect.DRAFT_2019_09) && JsonFormats.isKnown(format);
  }

  /**
   * Whether the validator checks a string keyword's value here: {@code format} as above, and in
   * draft 7 {@code contentEncoding: base64} and {@code contentMediaType: application/json}.
   */
  public boolean asserts(String keyword, String value) {
    return switch (keyword) {
      case "format" -> assertsFormat(value);
      case "contentEncoding" -> dialect == JsonSchemaDialect.DRAFT_7 && value.equals("base64");
      case "contentMediaType" -> dialect == JsonSchemaDialect.DRAFT_7 && value.equals("application/json");
      default -> false;
    };
  }

  /** Draft 4 counts 1.0 as a number but not as an integer. */
  boolean strictIntegers() {
    return dialect == JsonSchemaDialect.DRAFT_4;
  }
}
