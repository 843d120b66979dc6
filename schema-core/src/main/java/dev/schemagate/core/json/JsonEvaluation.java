package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What {@code unevaluatedProperties} and {@code unevaluatedItems} of one schema mean. They apply to
 * what no keyword evaluated; when only the schema's own keywords can evaluate (no {@code allOf},
 * {@code anyOf}, {@code oneOf}, {@code if}, {@code dependentSchemas}, {@code $ref} beside them, and
 * for items no 2020-12 {@code contains}), that is exactly what {@code additionalProperties} (or the
 * schema of further items) would cover, so they are read as that keyword, or as nothing when that
 * keyword is there too. Otherwise they depend on other schemas' results.
 */
final class JsonEvaluation {
  private static final List<String> APPLICATORS = List.of("allOf", "anyOf", "oneOf", "if", "then", "else",
      "dependentSchemas", "dependencies", "$ref", "$dynamicRef", "$recursiveRef");
  /** The applicators whose results depend on the instance: what they evaluate is not known in advance. */
  private static final List<String> CONDITIONAL = List.of("anyOf", "oneOf", "if", "then", "else", "dependentSchemas",
      "dependencies");

  private final String properties;
  private final String items;
  private final String additionalItems;
  private final boolean propertiesInert;
  private final boolean itemsInert;

  private JsonEvaluation(String properties, String items, String additionalItems, boolean propertiesInert, boolean itemsInert) {
    this.properties = properties;
    this.items = items;
    this.additionalItems = additionalItems;
    this.propertiesInert = propertiesInert;
    this.itemsInert = itemsInert;
  }

  /** A schema without unevaluated* keywords: every keyword means itself. */
  private static final JsonEvaluation PLAIN = new JsonEvaluation("additionalProperties", "items", "additionalItems", false, false);

  static JsonEvaluation of(JsonSite site) {
    JsonNode unevaluatedProperties = site.rawKeyword("unevaluatedProperties");
    JsonNode unevaluatedItems = site.rawKeyword("unevaluatedItems");
    if (unevaluatedProperties == null && unevaluatedItems == null) {
      return PLAIN;
    }
    boolean alone = APPLICATORS.stream().noneMatch(keyword -> site.rawKeyword(keyword) != null);
    boolean draft2020 = site.doc().dialect().isAtLeast(JsonSchemaDialect.DRAFT_2020_12);
    boolean itemsAlone = alone && !(draft2020 && site.rawKeyword("contains") != null);
    String properties = "additionalProperties";
    boolean propertiesInert = false;
    if (unevaluatedProperties != null && alone) {
      if (site.rawKeyword("additionalProperties") == null) {
        properties = "unevaluatedProperties";
      }
      propertiesInert = true;
    }
    String items = "items";
    String additionalItems = "additionalItems";
    boolean itemsInert = false;
    if (unevaluatedItems != null && itemsAlone) {
      JsonNode ownItems = site.rawKeyword("items");
      if (ownItems == null) {
        items = "unevaluatedItems";
      } else if (!draft2020 && ownItems.isArray() && site.rawKeyword("additionalItems") == null) {
        additionalItems = "unevaluatedItems";
      }
      itemsInert = true;
    }
    return new JsonEvaluation(properties, items, additionalItems, propertiesInert, itemsInert);
  }

  String spelled(String name) {
    return switch (name) {
      case "additionalProperties" -> properties;
      case "items" -> items;
      case "additionalItems" -> additionalItems;
      case "unevaluatedProperties" -> propertiesInert ? null : name;
      case "unevaluatedItems" -> itemsInert ? null : name;
      default -> name;
    };
  }

  /** True when only {@code allOf} and references feed the site's unevaluated* keywords: what they evaluate is fixed. */
  static boolean fedOnlyInPlace(JsonSite site) {
    return CONDITIONAL.stream().noneMatch(keyword -> site.rawKeyword(keyword) != null);
  }
}
