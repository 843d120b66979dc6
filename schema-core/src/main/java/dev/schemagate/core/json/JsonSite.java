package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.schema.Pointers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One schema node in its document, with its pointer there and the pointer to report for it in the
 * document the user wrote ({@code anchor}: equal to {@code pointer} in that document, the nearest
 * {@code $ref} that led elsewhere otherwise). Reads keywords as the document's draft defines them.
 * Two sites are equal when they are the same node of the same document.
 */
final class JsonSite {
  private final JsonDoc doc;
  private final JsonNode node;
  private final String pointer;
  private final String anchor;
  private List<JsonNode> values;
  private JsonValues.Index valueIndex;
  private boolean valuesRead;
  private JsonEvaluation evaluation;

  JsonSite(JsonDoc doc, JsonNode node, String pointer, String anchor) {
    this.doc = doc;
    this.node = node;
    this.pointer = pointer;
    this.anchor = anchor;
  }

  public JsonDoc doc() {
    return doc;
  }

  public JsonNode node() {
    return node;
  }

  public String pointer() {
    return pointer;
  }

  public String anchor() {
    return anchor;
  }

  /** The pointer to report for one keyword of this site: the keyword itself if it is there. */
  public String anchorOf(String keyword) {
    return doc.isMain() && keyword(keyword) != null ? Pointers.append(pointer, spelled(keyword)) : anchor;
  }

  public boolean isFalse() {
    return node.isBoolean() && !node.asBoolean();
  }

  /** A keyword's value, or null when it is absent or means nothing in this draft. */
  public JsonNode keyword(String name) {
    if (!node.isObject()) {
      return null;
    }
    String spelled = spelled(name);
    JsonNode value = spelled == null ? null : node.get(spelled);
    return value == null || !doc.active(spelled) ? null : value;
  }

  /**
   * The keyword of this site's document that does the work {@code name} names, or null when it
   * does none: where nothing but this site's own keywords can evaluate properties or items (see
   * {@link JsonEvaluation}), {@code unevaluatedProperties} works as {@code additionalProperties} and
   * {@code unevaluatedItems} as the schema of further items, and either is inert beside the keyword
   * it stands for.
   */
  public String spelled(String name) {
    if (evaluation == null) {
      evaluation = JsonEvaluation.of(this);
    }
    return evaluation.spelled(name);
  }

  /** A keyword's value as written, whatever other keyword stands in for it (see {@link #spelled}). */
  public JsonNode rawKeyword(String name) {
    JsonNode value = node.isObject() ? node.get(name) : null;
    return value == null || !doc.active(name) ? null : value;
  }

  /** The subschema under a keyword ({@code not}, {@code items}, ...), or null. */
  public JsonSite child(String keyword) {
    JsonNode value = keyword(keyword);
    return value == null ? null : at(value, Pointers.append(pointer, spelled(keyword)));
  }

  /** The subschema under a keyword's member ({@code properties/name}), or null. */
  public JsonSite child(String keyword, String name) {
    JsonNode value = keyword(keyword);
    JsonNode member = value == null || !value.isObject() ? null : value.get(name);
    return member == null ? null : at(member, Pointers.append(Pointers.append(pointer, keyword), name));
  }

  /** The subschema at a keyword's index ({@code anyOf/2}), or null. */
  public JsonSite child(String keyword, int index) {
    JsonNode value = keyword(keyword);
    JsonNode member = value == null || !value.isArray() ? null : value.get(index);
    return member == null ? null : at(member, Pointers.append(Pointers.append(pointer, keyword), index));
  }

  private JsonSite at(JsonNode child, String childPointer) {
    return new JsonSite(doc, child, childPointer, doc.isMain() ? childPointer : anchor);
  }

  /** Where this site's {@code $ref} (or {@code $recursiveRef}, {@code $dynamicRef}) leads. */
  public Optional<JsonSite> refTarget() {
    JsonNode ref = keyword("$ref");
    if (ref == null) {
      ref = keyword("$dynamicRef");
    }
    if (ref == null && keyword("$recursiveRef") != null) {
      return doc.resolve(this, "#");
    }
    return ref == null || !ref.isTextual() ? Optional.empty() : doc.resolve(this, ref.asText());
  }

  public boolean refSiblingsApply() {
    return doc.refSiblingsApply();
  }

  // ---- values and scalars

  /** The kinds {@code type} allows (all when absent, none for {@code false}). */
  public EnumSet<JsonKind> kinds() {
    if (isFalse()) {
      return EnumSet.noneOf(JsonKind.class);
    }
    JsonNode type = keyword("type");
    if (type == null) {
      return JsonKind.all();
    }
    EnumSet<JsonKind> kinds = EnumSet.noneOf(JsonKind.class);
    if (type.isArray()) {
      type.forEach(name -> kinds.addAll(JsonKind.ofTypeName(name.asText())));
    } else {
      kinds.addAll(JsonKind.ofTypeName(type.asText()));
    }
    return kinds;
  }

  /** The kind of a value as this site's draft sees it. */
  public JsonKind kindOf(JsonNode value) {
    JsonKind kind = JsonKind.of(value);
    boolean decimalInteger = kind == JsonKind.INTEGER && value.isFloatingPointNumber();
    return decimalInteger && doc.strictIntegers() ? JsonKind.FRACTION : kind;
  }

  /** The values {@code enum} and {@code const} allow together, or null when neither is there. */
  public List<JsonNode> values() {
    if (!valuesRead) {
      values = readValues();
      valuesRead = true;
    }
    return values;
  }

  /** True when there is no {@code enum}/{@code const} here or the value is among them. */
  public boolean allowsValue(JsonNode value) {
    List<JsonNode> allowed = values();
    if (allowed == null) {
      return true;
    }
    if (valueIndex == null) {
      valueIndex = JsonValues.index(allowed);
    }
    return valueIndex.contains(value);
  }

  private List<JsonNode> readValues() {
    return JsonSiteKeywords.values(this);
  }

  public JsonBound lower(JsonMeasure measure) {
    return measure == JsonMeasure.NUMBER ? numberBound(true) : countBound(measure.lowerKeyword());
  }

  public JsonBound upper(JsonMeasure measure) {
    return measure == JsonMeasure.NUMBER ? numberBound(false) : countBound(measure.upperKeyword());
  }

  private JsonBound countBound(String keyword) {
    return JsonSiteKeywords.countBound(this, keyword);
  }

  private JsonBound numberBound(boolean lower) {
    return JsonSiteKeywords.numberBound(this, lower);
  }

  public BigDecimal multipleOf() {
    JsonNode value = keyword("multipleOf");
    return value == null || !value.isNumber() ? null : value.decimalValue();
  }

  public String pattern() {
    JsonNode value = keyword("pattern");
    return value == null ? null : value.asText();
  }

  public String format() {
    JsonNode value = keyword("format");
    return value == null ? null : value.asText();
  }

  // ---- arrays

  /** The keyword holding positional item schemas, or null when there are none. */
  public String prefixKeyword() {
    if (keyword("prefixItems") != null) {
      return "prefixItems";
    }
    JsonNode items = keyword("items");
    return items != null && items.isArray() ? "items" : null;
  }

  public int prefixLength() {
    String keyword = prefixKeyword();
    return keyword == null ? 0 : keyword(keyword).size();
  }

  /** The keyword whose schema applies to items after the positional ones. */
  public String restKeyword() {
    JsonNode items = keyword("items");
    return items != null && items.isArray() ? "additionalItems" : "items";
  }

  /** The schema of items after the positional ones; null when any item is allowed. */
  public JsonSite rest() {
    return child(restKeyword());
  }

  /** The schema of the item at {@code index}; null when any item is allowed there. */
  public JsonSite item(int index) {
    return index < prefixLength() ? child(prefixKeyword(), index) : rest();
  }

  public boolean uniqueItems() {
    JsonNode value = keyword("uniqueItems");
    return value != null && value.asBoolean();
  }

  // ---- objects

  public Set<String> declared() {
    JsonNode properties = keyword("properties");
    Set<String> names = new LinkedHashSet<>();
    if (properties != null && properties.isObject()) {
      properties.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  /** Every subschema that applies to property {@code name}; empty when nothing constrains it. */
  public List<JsonSite> propertySites(String name) {
    return JsonSiteKeywords.propertySites(this, name);
  }

  public Map<String, JsonSite> patternSites() {
    Map<String, JsonSite> sites = new LinkedHashMap<>();
    JsonNode patterns = keyword("patternProperties");
    if (patterns != null && patterns.isObject()) {
      patterns.fieldNames().forEachRemaining(pattern -> sites.put(pattern, child("patternProperties", pattern)));
    }
    return sites;
  }

  public Set<String> required() {
    JsonNode value = keyword("required");
    Set<String> names = new LinkedHashSet<>();
    if (value != null && value.isArray()) {
      value.forEach(name -> names.add(name.asText()));
    }
    return names;
  }

  /** Property name to the properties its presence requires ({@code dependentRequired}, array {@code dependencies}). */
  public Map<String, Set<String>> dependentRequired() {
    return JsonSiteKeywords.dependentRequired(this);
  }

  /** Property name to the schema its presence applies ({@code dependentSchemas}, schema {@code dependencies}). */
  public Map<String, JsonSite> dependentSchemas() {
    return JsonSiteKeywords.dependentSchemas(this);
  }

  // ---- combinators

  public List<JsonSite> parts(String keyword) {
    JsonNode value = keyword(keyword);
    List<JsonSite> parts = new ArrayList<>();
    for (int i = 0; value != null && value.isArray() && i < value.size(); i++) {
      parts.add(child(keyword, i));
    }
    return parts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonSite site && site.doc == doc && site.node == node;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(doc) * 31 + System.identityHashCode(node);
  }

  @Override
  public String toString() {
    return "#" + pointer + " " + node;
  }
}
