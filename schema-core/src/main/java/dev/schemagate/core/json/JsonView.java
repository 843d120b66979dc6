package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one place of an instance must satisfy: the conjunction of every schema that applies there,
 * with {@code $ref} and {@code allOf} followed, and, when {@code enum} or {@code const} are present
 * or the place is inside such a value, the finite list of values allowed. The checker reads the
 * writer through a view; the generator builds instances from one. Not a stable API.
 */
final class JsonView {
  /** Most schemas one view gathers; a document that expands into more is read in part. */
  static final int SITE_LIMIT = 256;

  private final List<JsonSite> sites;
  private final List<JsonNode> values;
  private final String anchor;
  private final Set<JsonNode> decided;
  private final List<JsonSite> excluded = new ArrayList<>();
  private final List<String> choices = new ArrayList<>();
  private JsonValues.Index valueIndex;
  private EnumSet<JsonKind> kinds;
  private Object key;
  private List<JsonView> branches;

  private JsonView(List<JsonSite> sites, List<JsonNode> values, String anchor, Set<JsonNode> decided) {
    this.sites = sites;
    this.values = values;
    this.anchor = anchor;
    this.decided = decided;
  }

  public static JsonView of(JsonSite site) {
    return of(List.of(site), site.anchor());
  }

  /** The conjunction of sites, reported at {@code anchor}. */
  public static JsonView of(List<JsonSite> sites, String anchor) {
    List<JsonSite> expanded = new ArrayList<>();
    Set<JsonSite> seen = new LinkedHashSet<>();
    for (JsonSite site : sites) {
      JsonViews.expand(site, expanded, seen);
    }
    return new JsonView(expanded, JsonViews.values(expanded), anchor, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** A place that holds one of {@code values} and nothing else. */
  public static JsonView finite(List<JsonNode> values, String anchor) {
    return new JsonView(List.of(), List.copyOf(values), anchor, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** This view with one more schema applying. */
  public JsonView and(JsonSite site) {
    List<JsonSite> all = new ArrayList<>(sites);
    all.add(site);
    JsonView more = of(all, anchor);
    more.decided.addAll(decided);
    more.excluded.addAll(excluded);
    more.choices.addAll(choices);
    if (values == null || !sites.isEmpty()) {
      return more;
    }
    List<JsonNode> kept = values.stream().filter(more::admits).toList();
    JsonView finite = new JsonView(more.sites, more.values == null ? kept : JsonValues.retain(kept, more.values), anchor, more.decided);
    finite.excluded.addAll(excluded);
    finite.choices.addAll(choices);
    return finite;
  }

  public List<JsonSite> sites() {
    return sites;
  }

  /** The values allowed here, or null when they are not a finite list. */
  public List<JsonNode> values() {
    return values;
  }

  public String anchor() {
    return anchor;
  }

  /** True when nothing can be written here. */
  public boolean isEmpty() {
    return kinds().isEmpty();
  }

  /** The first site holding a keyword, or null. */
  public JsonSite siteWith(String keyword) {
    return sites.stream().filter(site -> site.keyword(keyword) != null).findFirst().orElse(null);
  }

  /** The pointer to report for a keyword: where a site holds it, else the view's anchor. */
  public String anchorOf(String keyword) {
    JsonSite site = siteWith(keyword);
    return site == null ? anchor : site.anchorOf(keyword);
  }

  /** Identity of the view for remembering which pairs were compared. */
  public Object key() {
    if (key == null) {
      List<Integer> choices = decided.stream().map(System::identityHashCode).sorted().toList();
      key = MemoKey.of(List.copyOf(sites), values == null ? List.of() : values, choices, List.copyOf(excluded));
    }
    return key;
  }

  // ---- scalars

  /** The kinds of value that can be written here; a fresh set the caller may change. */
  public EnumSet<JsonKind> kinds() {
    if (kinds == null) {
      kinds = JsonViews.kinds(this);
    }
    return EnumSet.copyOf(kinds);
  }

  /** The kind of a value as this view's draft sees it. */
  public JsonKind kindOf(JsonNode value) {
    return sites.isEmpty() ? JsonKind.of(value) : sites.get(0).kindOf(value);
  }

  public JsonBound lower(JsonMeasure measure) {
    return JsonViews.lower(this, measure);
  }

  public JsonBound upper(JsonMeasure measure) {
    return JsonViews.upper(this, measure);
  }

  public List<BigDecimal> multiplesOf() {
    return sites.stream().map(JsonSite::multipleOf).filter(Objects::nonNull).toList();
  }

  public List<String> patterns() {
    return sites.stream().map(JsonSite::pattern).filter(Objects::nonNull).toList();
  }

  /** The formats that are checked here (not the ones that only annotate). */
  public List<String> formats() {
    return asserted("format");
  }

  /** The values of a string keyword ({@code format}, {@code contentEncoding}, ...) that are checked here. */
  public List<String> asserted(String keyword) {
    List<String> values = new ArrayList<>();
    for (JsonSite site : sites) {
      JsonNode value = site.keyword(keyword);
      if (value != null && value.isTextual() && site.doc().asserts(keyword, value.asText())) {
        values.add(value.asText());
      }
    }
    return values;
  }

  /** True when there is no list of values here or the value is on it. */
  boolean allowsValue(JsonNode value) {
    if (values == null) {
      return true;
    }
    if (valueIndex == null) {
      valueIndex = JsonValues.index(values);
    }
    return valueIndex.contains(value);
  }

  /** True when a scalar value meets every scalar keyword here; objects and arrays only by kind. */
  public boolean admits(JsonNode value) {
    return JsonViews.admits(this, value);
  }

  // ---- arrays

  public int prefixLength() {
    return JsonViews.prefixLength(this);
  }

  public JsonView item(int index) {
    return JsonViews.item(this, index);
  }

  /** Items after every positional one. */
  public JsonView rest() {
    return JsonViews.children(this, JsonSite::rest);
  }

  public boolean uniqueItems() {
    return sites.stream().anyMatch(JsonSite::uniqueItems);
  }

  // ---- objects

  public Set<String> declaredNames() {
    return JsonViews.declaredNames(this);
  }

  public JsonView property(String name) {
    return JsonViews.property(this, name);
  }

  public Set<String> required() {
    return JsonViews.required(this);
  }

  /** Properties neither declared nor matched by a pattern anywhere here (their additionalProperties, or the unevaluatedProperties that surely applies). */
  public JsonView additional() {
    JsonSite unevaluated = values == null ? JsonViews.unevaluatedRest(this) : null;
    return unevaluated != null ? JsonView.of(unevaluated) : JsonViews.children(this, site -> site.child("additionalProperties"));
  }

  public Map<String, List<JsonSite>> patternProperties() {
    return JsonViews.merged(this, JsonSite::patternSites);
  }

  public Map<String, Set<String>> dependentRequired() {
    Map<String, Set<String>> all = new LinkedHashMap<>();
    JsonViews.merged(this, JsonSite::dependentRequired).forEach((key, lists) -> lists.forEach(list -> all.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(list)));
    return all;
  }

  public Map<String, List<JsonSite>> dependentSchemas() {
    return JsonViews.merged(this, JsonSite::dependentSchemas);
  }

  /** Sites of one subschema keyword ({@code not}, {@code contains}, {@code propertyNames}, ...) over all sites. */
  public List<JsonSite> children(String keyword) {
    return sites.stream().map(site -> site.child(keyword)).filter(Objects::nonNull).toList();
  }

  // ---- anyOf and oneOf

  /** The first {@code anyOf} or {@code oneOf} not chosen yet, or null. */
  public JsonSite undecided() {
    for (JsonSite site : sites) {
      for (String keyword : List.of("anyOf", "oneOf")) {
        JsonNode group = site.keyword(keyword);
        if (group != null && !decided.contains(group)) {
          return site;
        }
      }
    }
    return null;
  }

  /** The alternatives of {@link #undecided()}'s first open group. */
  public List<JsonSite> alternatives(JsonSite holder) {
    return holder.parts(openGroup(holder));
  }

  private String openGroup(JsonSite holder) {
    return holder.keyword("anyOf") != null && !decided.contains(holder.keyword("anyOf")) ? "anyOf" : "oneOf";
  }

  /** This view with one alternative of {@code holder}'s first open group chosen. */
  public JsonView choose(JsonSite holder, JsonSite alternative) {
    String keyword = openGroup(holder);
    JsonView chosen = and(alternative);
    chosen.decided.add(holder.keyword(keyword));
    chosen.choices.add(keyword + "/" + holder.parts(keyword).indexOf(alternative));
    if (keyword.equals("oneOf")) {
      holder.parts(keyword).stream().filter(other -> !other.equals(alternative)).forEach(chosen.excluded::add);
    }
    return chosen;
  }

  /** This view without the {@code oneOf} alternatives it rules out. */
  public JsonView withoutExcluded() {
    JsonView plain = new JsonView(sites, values, anchor, decided);
    plain.choices.addAll(choices);
    return plain;
  }

  /** The alternatives chosen so far, as {@code "anyOf/1"}, in order. */
  public List<String> choices() {
    return choices;
  }

  /** The {@code oneOf} alternatives this view's choices rule out: a value here matches none of them. */
  public List<JsonSite> excluded() {
    return excluded;
  }

  /** Every combination of alternatives, or just this view (alternatives ignored) past {@code limit}. */
  public List<JsonView> branches(int limit) {
    if (branches == null) {
      branches = JsonViews.branches(this, limit);
    }
    return branches;
  }
}
