package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what the meta-schema found wrong at a place of a JSON Schema document:
 * {@code "minLength" at /properties/a must be a non-negative integer, but it is the string "three".}
 * The place is split into the schema that holds the keyword, the keyword and the part of its value.
 */
final class JsonSchemaWords {
  private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions", "$defs", "dependentSchemas");
  private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
  private static final Set<String> SCHEMAS = Set.of("not", "if", "then", "else", "additionalProperties", "additionalItems",
      "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "contentSchema");
  private static final String SCHEMA = "a schema (an object or a boolean)";
  private static final Pattern BAD_ID = Pattern.compile("'(.*)' is not a valid (\\$id|id)", Pattern.DOTALL);

  private JsonSchemaWords() {}

  /**
   * The sentence for a meta-schema error at {@code pointer} of {@code document}; {@code detail} is
   * the validator's own account, used only where no plainer sentence fits.
   */
  static String describe(JsonNode document, String pointer, JsonSchemaDialect dialect, String detail) {
    List<String> tokens = tokens(pointer);
    String parentPointer = "";
    String place = null;
    JsonNode node = document;
    int i = 0;
    while (i < tokens.size()) {
      String keyword = tokens.get(i);
      JsonNode value = node.path(keyword);
      boolean list = SCHEMA_LISTS.contains(keyword) || keyword.equals("items") && value.isArray();
      boolean map = SCHEMA_MAPS.contains(keyword) || keyword.equals("dependencies") && i + 1 < tokens.size() && value.path(tokens.get(i + 1)).isObject();
      boolean single = SCHEMAS.contains(keyword) || keyword.equals("items") && !value.isArray();
      int step = list || map ? 2 : single ? 1 : 0;
      if (step == 0 || i + step > tokens.size()) {
        return keywordSentence(keyword, value, tokens.subList(i + 1, tokens.size()), parentPointer, dialect);
      }
      String schemaPointer = pointerOf(tokens.subList(0, i));
      place = list ? "Item " + tokens.get(i + 1) + " of \"" + keyword + "\" " + where(schemaPointer)
          : map ? "The \"" + keyword + "\" entry \"" + tokens.get(i + 1) + "\" " + where(schemaPointer)
          : "\"" + keyword + "\" " + where(schemaPointer);
      node = step == 1 ? value : step(value, tokens.get(i + 1));
      parentPointer = pointerOf(tokens.subList(0, i + step));
      i += step;
    }
    if (node.isObject() || node.isBoolean()) {
      return unmet(node, parentPointer, dialect, detail);
    }
    return (place == null ? "The schema" : place) + " must be " + SCHEMA + ", but it is " + describe(node) + ".";
  }

  /** A schema of the right shape that breaks a rule between its keywords. */
  private static String unmet(JsonNode schema, String schemaPointer, JsonSchemaDialect dialect, String detail) {
    for (String bound : List.of("Minimum", "Maximum")) {
      String exclusive = "exclusive" + bound;
      String plain = bound.toLowerCase(java.util.Locale.ROOT);
      if (dialect == JsonSchemaDialect.DRAFT_4 && schema.has(exclusive) && !schema.has(plain)) {
        return "\"" + exclusive + "\" " + where(schemaPointer) + " needs \"" + plain + "\" beside it in draft 4, where it only makes \""
            + plain + "\" exclusive, but there is no \"" + plain + "\".";
      }
    }
    return "The schema " + where(schemaPointer) + " does not follow the " + name(dialect) + " meta-schema: " + detail + ".";
  }

  private static JsonNode step(JsonNode node, String token) {
    return node.isArray() ? node.path(parseIndex(token)) : node.path(token);
  }

  private static String keywordSentence(String keyword, JsonNode value, List<String> inner, String schemaPointer, JsonSchemaDialect dialect) {
    String subject = "\"" + keyword + "\" " + where(schemaPointer) + " must be " + expectation(keyword, value, dialect);
    if (inner.isEmpty()) {
      return subject + ", but it is " + describe(value) + ".";
    }
    JsonNode part = value;
    List<String> names = new ArrayList<>();
    for (String token : inner) {
      names.add(part.isArray() ? "item " + token : "entry \"" + token + "\"");
      part = step(part, token);
    }
    String which = names.size() == 1 ? names.get(0) : String.join(", ", names) + ",";
    return subject + ", but its " + which + " is " + describe(part) + ".";
  }

  private static String expectation(String keyword, JsonNode value, JsonSchemaDialect dialect) {
    boolean draft4 = dialect == JsonSchemaDialect.DRAFT_4;
    return switch (keyword) {
      case "type" -> "a type name (\"string\", \"number\", \"integer\", \"boolean\", \"object\", \"array\" or \"null\") or an array of distinct type names";
      case "enum" -> "a non-empty array of values";
      case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains", "maxContains" -> "a non-negative integer";
      case "minimum", "maximum" -> "a number";
      case "exclusiveMinimum", "exclusiveMaximum" -> draft4 ? "a boolean (in draft 4 it makes \"minimum\" or \"maximum\" exclusive)" : "a number";
      case "multipleOf" -> "a number greater than 0";
      case "pattern" -> "a valid regular expression (ECMA-262)";
      case "required" -> draft4 ? "a non-empty array of distinct property names" : "an array of distinct property names";
      case "properties", "patternProperties", "definitions", "$defs", "dependentSchemas" -> "an object whose values are schemas (objects or booleans)";
      case "dependencies" -> "an object whose values are schemas or arrays of property names";
      case "dependentRequired" -> "an object whose values are arrays of distinct property names";
      case "items" -> dialect.isAtLeast(JsonSchemaDialect.DRAFT_2020_12)
          ? "one schema, an object or a boolean, as positional items go in \"prefixItems\" since draft 2020-12" : SCHEMA + " or an array of schemas";
      case "prefixItems", "allOf", "anyOf", "oneOf" -> "a non-empty array of schemas";
      case "uniqueItems", "readOnly", "writeOnly", "deprecated" -> "a boolean";
      case "$ref", "$dynamicRef", "$recursiveRef" -> "a URI reference, such as \"#/definitions/name\" or the name of a referenced schema";
      case "$id", "id" -> "a URI that names the schema, such as \"https://example.com/schemas/order.json\""
          + (dialect.isAtLeast(JsonSchemaDialect.DRAFT_2019_09) ? ", without a \"#\" fragment" : "");
      case "$schema", "$anchor", "$dynamicAnchor", "$comment", "title",
          "description", "format", "contentEncoding", "contentMediaType" -> "a string";
      case "examples" -> "an array";
      default -> SCHEMAS.contains(keyword) ? SCHEMA : "a value the " + name(dialect) + " meta-schema allows";
    };
  }

  /**
   * The problem of a document the meta-schema accepts but the validator cannot compile, from the
   * validator's {@code message}: an {@code $id} (or draft 4 {@code id}) it cannot resolve is located
   * at that keyword; anything else at the top level, in the validator's words.
   */
  static SchemaProblem uncompilable(JsonNode document, String message) {
    Matcher badId = BAD_ID.matcher(message == null ? "" : message);
    if (badId.matches()) {
      String pointer = findId(document, badId.group(1), badId.group(2), "");
      if (pointer != null) {
        return SchemaProblem.at(pointer, "\"" + badId.group(2) + "\" is \"" + badId.group(1) + "\", which is not a URI the"
            + " validator can resolve; write an absolute URI such as \"https://example.com/schemas/order.json\" or a relative path.");
      }
    }
    return SchemaProblem.at("", "The validator cannot compile this schema (" + (message == null ? "no reason given" : message)
        + "); correct it as the draft describes.");
  }

  private static String findId(JsonNode node, String id, String keyword, String pointer) {
    if (node.isObject() && id.equals(node.path(keyword).asText(null))) {
      return Pointers.append(pointer, keyword);
    }
    for (var field : node.properties()) {
      String found = findId(field.getValue(), id, keyword, Pointers.append(pointer, field.getKey()));
      if (found != null) {
        return found;
      }
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      String found = findId(node.get(i), id, keyword, Pointers.append(pointer, i));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** "the string \"three\"", "the number -1", "an object": a value as sentences show it. */
  static String describe(JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      return "the string \"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"";
    }
    if (value.isNumber()) {
      return "the number " + value.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isArray()) {
      return value.isEmpty() ? "an empty array" : "an array";
    }
    return value.isMissingNode() ? "missing" : value.isEmpty() ? "an empty object" : "an object";
  }

  static String name(JsonSchemaDialect dialect) {
    return switch (dialect) {
      case DRAFT_4 -> "draft 4";
      case DRAFT_6 -> "draft 6";
      case DRAFT_7 -> "draft 7";
      case DRAFT_2019_09 -> "draft 2019-09";
      case DRAFT_2020_12 -> "draft 2020-12";
    };
  }

  private static String where(String schemaPointer) {
    return schemaPointer.isEmpty() ? "at the top level" : "at " + schemaPointer;
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (!pointer.isEmpty()) {
      for (String token : pointer.substring(1).split("/", -1)) {
        tokens.add(Pointers.unescape(token));
      }
    }
    return tokens;
  }

  private static String pointerOf(List<String> tokens) {
    return Pointers.of(tokens);
  }

  private static int parseIndex(String token) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException notAnIndex) {
      return -1;
    }
  }
}
