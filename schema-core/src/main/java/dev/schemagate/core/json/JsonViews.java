package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The work behind {@link JsonView}: expansion, finite values, scalar checks, alternatives. */
final class JsonViews {
  private JsonViews() {}

  /** Adds a site and what it includes in place ({@code $ref}, {@code allOf}), each once. */
  static void expand(JsonSite site, List<JsonSite> out, Set<JsonSite> seen) {
    if (out.size() >= JsonView.SITE_LIMIT || !seen.add(site)) {
      return;
    }
    Optional<JsonSite> target = site.refTarget();
    if (target.isPresent()) {
      expand(target.get(), out, seen);
      if (!site.refSiblingsApply() || onlyReferences(site)) {
        return;
      }
    }
    out.add(site);
    for (JsonSite part : site.parts("allOf")) {
      expand(part, out, seen);
    }
  }

  /** Keywords that constrain nothing where they stand (a {@code $ref} next to them is followed on its own). */
  private static final Set<String> INERT = Set.of("$ref", "$schema", "$id", "id", "$anchor", "$dynamicAnchor",
      "$recursiveAnchor", "$defs", "definitions", "$comment", "title", "description", "default", "examples",
      "deprecated", "readOnly", "writeOnly", "$vocabulary");

  private static boolean onlyReferences(JsonSite site) {
    for (var names = site.node().fieldNames(); names.hasNext(); ) {
      if (!INERT.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /** The values every {@code enum}/{@code const} allows and every other scalar keyword admits. */
  static List<JsonNode> values(List<JsonSite> sites) {
    List<JsonNode> result = null;
    for (JsonSite site : sites) {
      List<JsonNode> own = site.values();
      if (own != null) {
        result = result == null ? JsonValues.retain(own, own) : JsonValues.retain(result, own);
      }
    }
    if (result == null) {
      return null;
    }
    return result.stream().filter(value -> sites.stream().allMatch(site -> admits(site, value))).toList();
  }

  static boolean admits(JsonView view, JsonNode value) {
    if (!view.allowsValue(value)) {
      return false;
    }
    return view.sites().stream().allMatch(site -> admits(site, value));
  }

  private static boolean admits(JsonSite site, JsonNode value) {
    if (site.isFalse()) {
      return false;
    }
    JsonKind kind = site.kindOf(value);
    if (!site.kinds().contains(kind)) {
      return false;
    }
    if (!site.allowsValue(value)) {
      return false;
    }
    return switch (kind) {
      case INTEGER, FRACTION -> within(site, JsonMeasure.NUMBER, value.decimalValue()) && multiple(site, value.decimalValue());
      case STRING -> within(site, JsonMeasure.LENGTH, BigDecimal.valueOf(length(value.asText())))
          && (site.pattern() == null || JsonPatterns.find(site.pattern(), value.asText()));
      case ARRAY -> within(site, JsonMeasure.ITEMS, BigDecimal.valueOf(value.size()));
      case OBJECT -> within(site, JsonMeasure.PROPERTIES, BigDecimal.valueOf(value.size()))
          && site.required().stream().allMatch(value::has);
      default -> true;
    };
  }

  private static boolean within(JsonSite site, JsonMeasure measure, BigDecimal amount) {
    JsonBound lower = site.lower(measure);
    JsonBound upper = site.upper(measure);
    return (lower == null || lower.allowsAbove(amount)) && (upper == null || upper.allowsBelow(amount));
  }

  private static boolean multiple(JsonSite site, BigDecimal number) {
    BigDecimal step = site.multipleOf();
    return step == null || step.signum() == 0 || number.remainder(step).signum() == 0;
  }

  /** Length as JSON Schema counts it: in code points. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The smallest or largest measure among the values of the measured kind, or null. */
  static JsonBound valueBound(List<JsonNode> values, JsonMeasure measure, boolean lower) {
    BigDecimal best = null;
    for (JsonNode value : values) {
      BigDecimal amount = measure(value, measure);
      if (amount != null && (best == null || (lower ? amount.compareTo(best) < 0 : amount.compareTo(best) > 0))) {
        best = amount;
      }
    }
    return best == null ? null : new JsonBound(best, false, "enum", null);
  }

  /** The measure of a value of the measured kind, or null for a value of another kind. */
  static BigDecimal measure(JsonNode value, JsonMeasure measure) {
    return switch (measure) {
      case NUMBER -> value.isNumber() ? value.decimalValue() : null;
      case LENGTH -> value.isTextual() ? BigDecimal.valueOf(length(value.asText())) : null;
      case ITEMS -> value.isArray() ? BigDecimal.valueOf(value.size()) : null;
      case PROPERTIES -> value.isObject() ? BigDecimal.valueOf(value.size()) : null;
    };
  }

  static List<JsonView> branches(JsonView view, int limit) {
    List<JsonView> done = new ArrayList<>();
    Deque<JsonView> todo = new ArrayDeque<>();
    todo.add(view);
    while (!todo.isEmpty()) {
      JsonView next = todo.pop();
      JsonSite holder = next.undecided();
      if (holder == null) {
        if (!next.isEmpty()) {
          done.add(next);
        }
        continue;
      }
      for (JsonSite alternative : next.alternatives(holder)) {
        todo.add(next.choose(holder, alternative));
      }
      if (done.size() + todo.size() > limit) {
        return List.of(view);
      }
    }
    return done;
  }

  static EnumSet<JsonKind> kinds(JsonView view) {
    EnumSet<JsonKind> kinds = JsonKind.all();
    if (view.values() != null) {
      kinds = EnumSet.noneOf(JsonKind.class);
      for (JsonNode value : view.values()) {
        kinds.add(view.kindOf(value));
      }
      return kinds;
    }
    for (JsonSite site : view.sites()) {
      kinds.retainAll(site.kinds());
      BigDecimal step = site.multipleOf();
      if (step != null && JsonKind.isIntegral(step)) {
        kinds.remove(JsonKind.FRACTION);
      }
    }
    return kinds;
  }

  static JsonBound lower(JsonView view, JsonMeasure measure) {
    if (view.values() != null) {
      return valueBound(view.values(), measure, true);
    }
    JsonBound bound = null;
    for (JsonSite site : view.sites()) {
      bound = JsonBound.tighterLower(bound, site.lower(measure));
    }
    if (measure == JsonMeasure.PROPERTIES && !view.required().isEmpty()) {
      bound = JsonBound.tighterLower(bound, new JsonBound(BigDecimal.valueOf(view.required().size()), false, "required", view.siteWith("required")));
    }
    return bound;
  }

  static JsonBound upper(JsonView view, JsonMeasure measure) {
    if (view.values() != null) {
      return valueBound(view.values(), measure, false);
    }
    JsonBound bound = null;
    for (JsonSite site : view.sites()) {
      bound = JsonBound.tighterUpper(bound, site.upper(measure));
    }
    if (measure == JsonMeasure.ITEMS && view.rest().isEmpty()) {
      bound = JsonBound.tighterUpper(bound, new JsonBound(BigDecimal.valueOf(view.prefixLength()), false, "items", null));
    }
    return bound;
  }

  static JsonView property(JsonView view, String name) {
    if (view.values() != null) {
      return JsonView.finite(view.values().stream().filter(v -> v.isObject() && v.has(name)).map(v -> v.get(name)).toList(), view.anchor());
    }
    for (JsonSite namer : view.children("propertyNames")) {
      if (!JsonView.of(namer).admits(TextNode.valueOf(name))) {
        return JsonView.finite(List.of(), view.anchor());
      }
    }
    List<JsonSite> applying = new ArrayList<>();
    view.sites().forEach(site -> applying.addAll(site.propertySites(name)));
    if (applying.isEmpty()) {
      JsonSite rest = unevaluatedRest(view);
      if (rest != null) {
        applying.add(rest);
      }
    }
    return JsonView.of(applying, applying.isEmpty() ? view.anchor() : applying.get(0).anchor());
  }

  /**
   * The {@code unevaluatedProperties} schema that surely applies to a property no site here
   * declares, matches or gives an {@code additionalProperties}: that of the one site holding such a
   * keyword, when only {@code allOf} and references feed it (their sites are all in the view, and
   * none of them has an {@code if}, {@code anyOf}, ... whose annotations could count), or null. Flat ones are read as {@code additionalProperties} already (see {@link JsonEvaluation}).
   */
  static JsonSite unevaluatedRest(JsonView view) {
    JsonSite holder = null;
    for (JsonSite site : view.sites()) {
      if (site.child("additionalProperties") != null || !JsonEvaluation.fedOnlyInPlace(site)) {
        return null;
      }
      if (site.rawKeyword("unevaluatedProperties") != null) {
        if (holder != null) {
          return null;
        }
        holder = site;
      }
    }
    return holder == null ? null : holder.child("unevaluatedProperties");
  }

  static Set<String> required(JsonView view) {
    Set<String> names = new LinkedHashSet<>();
    if (view.values() != null) {
      List<JsonNode> objects = view.values().stream().filter(JsonNode::isObject).toList();
      if (!objects.isEmpty()) {
        objects.get(0).fieldNames().forEachRemaining(names::add);
        objects.forEach(object -> names.removeIf(name -> !object.has(name)));
      }
      return names;
    }
    view.sites().forEach(site -> names.addAll(site.required()));
    return names;
  }

  static int prefixLength(JsonView view) {
    if (view.values() != null) {
      return view.values().stream().filter(JsonNode::isArray).mapToInt(JsonNode::size).max().orElse(0);
    }
    return view.sites().stream().mapToInt(JsonSite::prefixLength).max().orElse(0);
  }

  static JsonView item(JsonView view, int index) {
    if (view.values() != null) {
      return JsonView.finite(view.values().stream().filter(v -> v.isArray() && v.size() > index).map(v -> v.get(index)).toList(), view.anchor());
    }
    return children(view, site -> site.item(index));
  }

  /** The conjunction of one child schema of every site (none for a list of values, which has no children beyond them). */
  static JsonView children(JsonView view, java.util.function.Function<JsonSite, JsonSite> child) {
    if (view.values() != null) {
      return JsonView.finite(List.of(), view.anchor());
    }
    List<JsonSite> present = view.sites().stream().map(child).filter(java.util.Objects::nonNull).toList();
    return JsonView.of(present, present.isEmpty() ? view.anchor() : present.get(0).anchor());
  }

  static Set<String> declaredNames(JsonView view) {
    Set<String> names = new LinkedHashSet<>();
    if (view.values() != null) {
      view.values().stream().filter(JsonNode::isObject).forEach(v -> v.fieldNames().forEachRemaining(names::add));
    }
    view.sites().forEach(site -> names.addAll(site.declared()));
    return names;
  }

  /** Per-site maps merged: each key to what every site has for it. */
  static <T> java.util.Map<String, List<T>> merged(JsonView view, java.util.function.Function<JsonSite, java.util.Map<String, T>> read) {
    java.util.Map<String, List<T>> all = new java.util.LinkedHashMap<>();
    view.sites().forEach(site -> read.apply(site).forEach((key, value) -> all.computeIfAbsent(key, k -> new ArrayList<>()).add(value)));
    return all;
  }
}
