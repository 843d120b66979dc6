package dev.schemagate.core.json;

import dev.schemagate.core.WorkInterruptedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds one instance from a {@link JsonView}. {@code variant} steers the choices so that a series
 * of variants covers the edges: 0 takes the smallest choice everywhere (minimum lengths and bounds,
 * required properties only, the first value), 1 the largest, 2 and on walk through the values and
 * alternatives one by one and then choose at random. The instance is a candidate: callers confirm
 * it with the validator. Its size is bounded (by {@link #MAX_SIZE} or less): a schema that asks for
 * more, such as {@code "minItems": 1000000000} or arrays of a hundred items nested ten deep, has none.
 */
final class JsonGenerator {
  /** Deepest nesting of a generated instance. */
  static final int MAX_DEPTH = 12;
  /** Largest instance built for a sample: each value counts 1, each string also its length. */
  static final int MAX_SIZE = 20_000;
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<JsonKind> KIND_ORDER = List.of(
      JsonKind.OBJECT, JsonKind.ARRAY, JsonKind.STRING, JsonKind.INTEGER, JsonKind.FRACTION, JsonKind.BOOLEAN, JsonKind.NULL);

  private final Random random;
  private final int variant;
  private final JsonScalars scalars;
  private int sizeLeft;

  /** @param maxSize the largest instance to build, at most {@link #MAX_SIZE} */
  JsonGenerator(long seed, int variant, int maxSize) {
    this.random = new Random(seed * 1_000_003L + variant);
    this.variant = variant;
    this.scalars = new JsonScalars(random, variant);
    this.sizeLeft = Math.min(maxSize, MAX_SIZE);
  }

  private Set<JsonKind> topKinds = JsonKind.all();

  /** An instance of the view, or null when none could be built. */
  JsonNode generate(JsonView view) {
    return value(view, 0);
  }

  /** An instance of the view of one of {@code kinds}, or null. */
  JsonNode generate(JsonView view, Set<JsonKind> kinds) {
    topKinds = kinds;
    return value(view, 0);
  }

  JsonNode value(JsonView view, int depth) {
    WorkInterruptedException.checkpoint();
    if (!spend(1)) {
      return null;
    }
    JsonView chosen = chooseAlternatives(view);
    if (chosen == null || chosen.isEmpty()) {
      return null;
    }
    JsonView settled = conditionals(chosen);
    List<JsonNode> values = settled.values();
    if (values != null) {
      List<JsonNode> wanted = depth > 0 ? values : values.stream().filter(v -> topKinds.contains(settled.kindOf(v))).toList();
      return wanted.isEmpty() ? null : wanted.get(pick(wanted.size())).deepCopy();
    }
    JsonKind kind = chooseKind(settled, depth);
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case NULL -> NODES.nullNode();
      case BOOLEAN -> NODES.booleanNode(pick(2) == 0);
      case INTEGER -> scalars.number(settled, true);
      case FRACTION -> scalars.number(settled, false);
      case STRING -> {
        JsonNode text = scalars.string(settled, sizeLeft);
        yield text != null && spend(text.asText().length()) ? text : null;
      }
      case ARRAY -> array(settled, depth);
      case OBJECT -> object(settled, depth);
    };
  }

  /** Takes {@code units} from what is left of {@link #MAX_SIZE}; false when they are not there. */
  private boolean spend(int units) {
    sizeLeft -= units;
    return sizeLeft >= 0;
  }

  /** An index in {@code [0, size)}: first, last, then each in turn, then at random. */
  int pick(int size) {
    if (variant == 0 || size == 1) {
      return 0;
    }
    if (variant == 1) {
      return size - 1;
    }
    return variant - 2 < size ? variant - 2 : random.nextInt(size);
  }

  private JsonView chooseAlternatives(JsonView view) {
    JsonView current = view;
    for (int guard = 0; guard < 64; guard++) {
      JsonSite holder = current.undecided();
      if (holder == null) {
        return current;
      }
      List<JsonSite> alternatives = current.alternatives(holder);
      int start = pick(Math.max(1, alternatives.size()));
      JsonView next = null;
      for (int i = 0; i < alternatives.size() && next == null; i++) {
        JsonView candidate = current.choose(holder, alternatives.get((start + i) % alternatives.size()));
        next = candidate.isEmpty() ? null : candidate;
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  /** Adds {@code if} and {@code then}, or {@code else}, for each conditional: one guess, confirmed later. */
  private JsonView conditionals(JsonView view) {
    JsonView current = view;
    for (JsonSite site : view.sites()) {
      JsonSite condition = site.child("if");
      if (condition == null) {
        continue;
      }
      JsonSite then = site.child("then");
      JsonSite otherwise = site.child("else");
      boolean takeThen = otherwise == null || (then != null && random.nextBoolean());
      JsonView next = takeThen ? current.and(condition) : current;
      JsonSite branch = takeThen ? then : otherwise;
      next = branch == null ? next : next.and(branch);
      current = next.isEmpty() ? current : next;
    }
    return current;
  }

  private JsonKind chooseKind(JsonView view, int depth) {
    EnumSet<JsonKind> kinds = view.kinds();
    if (depth == 0) {
      kinds.retainAll(topKinds);
    }
    if (kinds.isEmpty()) {
      return null;
    }
    List<JsonKind> options = new ArrayList<>(KIND_ORDER.stream().filter(kinds::contains).toList());
    if (depth >= MAX_DEPTH && options.size() > 1) {
      options.removeIf(kind -> kind == JsonKind.OBJECT || kind == JsonKind.ARRAY);
    }
    if (view.kinds().size() == JsonKind.all().size() && variant < 2) {
      JsonKind hinted = JsonScalars.hintedKind(view);
      if (hinted != null && options.contains(hinted)) {
        return hinted;
      }
    }
    return options.get(pick(options.size()));
  }

  private JsonNode array(JsonView view, int depth) {
    int min = JsonScalars.intOf(view.lower(JsonMeasure.ITEMS), 0);
    int max = JsonScalars.intOf(view.upper(JsonMeasure.ITEMS), Integer.MAX_VALUE);
    if (min > sizeLeft) {
      return null;
    }
    int prefix = view.prefixLength();
    int wanted = switch (variant) {
      case 0 -> min;
      case 1 -> Math.max(min, prefix + 2);
      default -> min + random.nextInt(4);
    };
    int length = depth >= MAX_DEPTH ? min : Math.min(Math.max(wanted, min), Math.min(max, min + 64));
    List<JsonSite> contains = view.children("contains");
    if (!contains.isEmpty()) {
      length = Math.max(length, 1);
    }
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < length; i++) {
      JsonView itemView = view.item(i);
      if (i == 0) {
        for (JsonSite wantedItem : contains) {
          itemView = itemView.and(wantedItem);
        }
      }
      JsonNode item = null;
      for (int attempt = 0; attempt < 4 && item == null; attempt++) {
        JsonNode candidate = value(itemView, depth + 1);
        boolean duplicate = candidate != null && view.uniqueItems() && JsonValues.contains(list(array), candidate);
        item = duplicate ? null : candidate;
      }
      if (item == null) {
        return i >= min ? array : null;
      }
      array.add(item);
    }
    return array;
  }

  private JsonNode object(JsonView view, int depth) {
    Set<String> names = new LinkedHashSet<>(view.required());
    List<String> optional = new ArrayList<>(view.declaredNames());
    optional.removeAll(names);
    if (depth < MAX_DEPTH) {
      for (String name : optional) {
        boolean take = variant == 1 || (variant > 1 && random.nextBoolean());
        if (take) {
          names.add(name);
        }
      }
    }
    int min = JsonScalars.intOf(view.lower(JsonMeasure.PROPERTIES), 0);
    int max = JsonScalars.intOf(view.upper(JsonMeasure.PROPERTIES), Integer.MAX_VALUE);
    if (min > sizeLeft) {
      return null;
    }
    boolean extra = variant > 2 && depth < MAX_DEPTH && random.nextInt(3) == 0;
    for (int i = 0; i < optional.size() && names.size() < min; i++) {
      names.add(optional.get(i));
    }
    for (int i = 1; (names.size() < min || extra) && i < min + 16; i++) {
      String name = scalars.extraName(view, i);
      if (name != null && !names.contains(name) && !view.property(name).isEmpty()) {
        names.add(name);
        extra = false;
      }
    }
    JsonView objectView = addDependencies(view, names);
    List<String> ordered = new ArrayList<>(names);
    for (int i = ordered.size() - 1; i >= 0 && ordered.size() > max; i--) {
      if (!objectView.required().contains(ordered.get(i))) {
        ordered.remove(i);
      }
    }
    ObjectNode object = NODES.objectNode();
    for (String name : ordered) {
      JsonNode value = value(objectView.property(name), depth + 1);
      if (value == null) {
        if (objectView.required().contains(name)) {
          return null;
        }
        continue;
      }
      object.set(name, value);
    }
    return object;
  }

  /** Adds what present properties require ({@code dependentRequired}) and apply ({@code dependentSchemas}). */
  private static JsonView addDependencies(JsonView view, Set<String> names) {
    JsonView current = view;
    for (int round = 0; round < 8; round++) {
      int before = names.size();
      for (String name : List.copyOf(names)) {
        names.addAll(current.dependentRequired().getOrDefault(name, Set.of()));
      }
      for (var entry : current.dependentSchemas().entrySet()) {
        if (names.contains(entry.getKey())) {
          for (JsonSite site : entry.getValue()) {
            if (!current.sites().contains(site)) {
              current = current.and(site);
            }
          }
        }
      }
      names.addAll(current.required());
      if (names.size() == before) {
        break;
      }
    }
    return current;
  }

  private static List<JsonNode> list(ArrayNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
