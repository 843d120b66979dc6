package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Numbers, strings and property names for {@link JsonGenerator}, near the edges the view allows. */
final class JsonScalars {
  private static final BigDecimal SPAN = BigDecimal.valueOf(1000);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final String FILL = "abcdefghijklmnopqrstuvwxyz";
  private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "extra");
  private static final Set<String> OBJECT_WORDS = Set.of("properties", "required", "additionalProperties",
      "patternProperties", "minProperties", "maxProperties", "propertyNames", "dependencies", "dependentRequired");
  private static final Set<String> ARRAY_WORDS = Set.of("items", "prefixItems", "additionalItems", "minItems",
      "maxItems", "uniqueItems", "contains");
  private static final Set<String> STRING_WORDS = Set.of("minLength", "maxLength", "pattern", "format");
  private static final Set<String> NUMBER_WORDS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf");

  private final Random random;
  private final int variant;

  JsonScalars(Random random, int variant) {
    this.random = random;
    this.variant = variant;
  }

  static int intOf(JsonBound bound, int otherwise) {
    if (bound == null) {
      return otherwise;
    }
    return bound.value().min(BigDecimal.valueOf(Integer.MAX_VALUE)).max(BigDecimal.ZERO).intValue();
  }

  /** The kind an untyped schema's keywords suggest, or null. */
  static JsonKind hintedKind(JsonView view) {
    for (JsonSite site : view.sites()) {
      if (!site.node().isObject()) {
        continue;
      }
      for (var names = site.node().fieldNames(); names.hasNext(); ) {
        String word = names.next();
        if (OBJECT_WORDS.contains(word)) {
          return JsonKind.OBJECT;
        } else if (ARRAY_WORDS.contains(word)) {
          return JsonKind.ARRAY;
        } else if (STRING_WORDS.contains(word)) {
          return JsonKind.STRING;
        } else if (NUMBER_WORDS.contains(word)) {
          return JsonKind.INTEGER;
        }
      }
    }
    return null;
  }

  /**
   * A property name not declared in the view: one its {@code propertyNames} allows, one of its
   * patterns when it is closed, else a short name.
   */
  String extraName(JsonView view, int attempt) {
    List<JsonSite> namers = view.children("propertyNames");
    if (!namers.isEmpty()) {
      JsonView names = JsonView.of(namers, view.anchor());
      JsonNode name = new JsonScalars(random, attempt + 2).string(names, JsonRegexGenerator.MAX_LENGTH);
      return name == null ? null : name.asText();
    }
    if (view.additional().isEmpty() && !view.patternProperties().isEmpty()) {
      List<String> patterns = new ArrayList<>(view.patternProperties().keySet());
      return JsonRegexGenerator.generate(patterns.get(attempt % patterns.size()), random, 1 + attempt % 4);
    }
    String name = NAMES.get(attempt % NAMES.size()) + (attempt >= NAMES.size() ? attempt : "");
    return view.declaredNames().contains(name) ? null : name;
  }

  JsonNode number(JsonView view, boolean integer) {
    JsonBound lower = view.lower(JsonMeasure.NUMBER);
    JsonBound upper = view.upper(JsonMeasure.NUMBER);
    List<BigDecimal> steps = view.multiplesOf();
    BigDecimal step = steps.isEmpty() ? (integer ? BigDecimal.ONE : null) : commonStep(steps);
    List<BigDecimal> candidates = step == null ? fractions(lower, upper) : multiples(lower, upper, step);
    for (BigDecimal candidate : candidates) {
      for (int shift = 0; shift < 4; shift++) {
        BigDecimal value = step == null ? candidate : candidate.add(step.multiply(BigDecimal.valueOf(shift)));
        JsonNode node = integer ? integerNode(value) : JsonGenerator.NODES.numberNode(value.stripTrailingZeros());
        if (JsonKind.isIntegral(value) == integer && view.admits(node)) {
          return node;
        }
      }
    }
    return null;
  }

  static JsonNode integerNode(BigDecimal value) {
    BigInteger integer = value.toBigInteger();
    return integer.bitLength() < 32 ? JsonGenerator.NODES.numberNode(integer.intValue())
        : integer.bitLength() < 64 ? JsonGenerator.NODES.numberNode(integer.longValue())
        : JsonGenerator.NODES.numberNode(integer);
  }

  /** Multiples of {@code step} inside the bounds: the smallest, the largest or one at random. */
  private List<BigDecimal> multiples(JsonBound lower, JsonBound upper, BigDecimal step) {
    BigDecimal low = lower == null ? null : lower.value().divide(step, 0, RoundingMode.CEILING);
    BigDecimal high = upper == null ? null : upper.value().divide(step, 0, RoundingMode.FLOOR);
    BigDecimal from = low != null ? low : high != null ? high.subtract(SPAN).min(BigDecimal.ZERO) : SPAN.negate();
    BigDecimal to = high != null ? high : from.max(BigDecimal.ZERO).add(SPAN);
    BigDecimal first = switch (variant) {
      case 0 -> low != null ? low : high != null ? high.min(BigDecimal.ZERO) : BigDecimal.ZERO;
      case 1 -> to;
      default -> from.add(randomUpTo(to.subtract(from)));
    };
    return List.of(first.multiply(step), from.multiply(step), to.multiply(step), from.add(BigDecimal.ONE).multiply(step));
  }

  /** A whole number in {@code [0, limit]}. */
  private BigDecimal randomUpTo(BigDecimal limit) {
    if (limit.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    long bound = limit.min(BigDecimal.valueOf(Long.MAX_VALUE - 1)).longValue() + 1;
    return BigDecimal.valueOf(random.nextLong(bound));
  }

  /** Numbers with a fraction inside the bounds: near the lower edge, near the upper one, or at random. */
  private List<BigDecimal> fractions(JsonBound lower, JsonBound upper) {
    BigDecimal low = lower == null ? null : lower.value();
    BigDecimal high = upper == null ? null : upper.value();
    BigDecimal from = low != null ? low : high != null ? high.subtract(SPAN) : SPAN.negate();
    BigDecimal to = high != null ? high : from.add(SPAN).add(SPAN);
    BigDecimal inset = to.subtract(from).divide(BigDecimal.valueOf(4), 12, RoundingMode.HALF_UP).min(HALF);
    BigDecimal nearLow = low == null ? HALF : lower.exclusive() ? low.add(inset) : low;
    BigDecimal nearHigh = high == null ? from.max(BigDecimal.ZERO).add(new BigDecimal("100.5")) : upper.exclusive() ? high.subtract(inset) : high;
    BigDecimal random = from.add(to.subtract(from).multiply(BigDecimal.valueOf(1 + this.random.nextInt(999))).movePointLeft(3));
    BigDecimal middle = from.add(to).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_UP).add(inset.divide(BigDecimal.valueOf(3), 12, RoundingMode.HALF_UP));
    List<BigDecimal> ordered = switch (variant) {
      case 0 -> List.of(nearLow, nearLow.add(inset), middle);
      case 1 -> List.of(nearHigh, nearHigh.subtract(inset), middle);
      default -> List.of(random, middle, nearLow.add(inset));
    };
    return ordered.stream().map(BigDecimal::stripTrailingZeros).toList();
  }

  private static BigDecimal commonStep(List<BigDecimal> steps) {
    if (steps.size() > 1 && steps.stream().allMatch(JsonKind::isIntegral)) {
      BigInteger lcm = BigInteger.ONE;
      for (BigDecimal s : steps) {
        BigInteger value = s.toBigInteger();
        lcm = lcm.multiply(value).divide(lcm.gcd(value));
      }
      return new BigDecimal(lcm);
    }
    return steps.get(0);
  }

  /** A string of the view no longer than {@code longest}, or null. */
  JsonNode string(JsonView view, int longest) {
    int min = intOf(view.lower(JsonMeasure.LENGTH), 0);
    int max = intOf(view.upper(JsonMeasure.LENGTH), Integer.MAX_VALUE);
    if (min > longest) {
      return null;
    }
    int target = switch (variant) {
      case 0 -> min;
      case 1 -> max == Integer.MAX_VALUE ? min + 8 : Math.min(max, min + 256);
      default -> min + random.nextInt(Math.max(1, Math.min(max - min, 12) + 1));
    };
    for (String candidate : candidates(view, min, target)) {
      JsonNode node = TextNode.valueOf(candidate);
      if (view.admits(node)) {
        return node;
      }
    }
    return null;
  }

  private List<String> candidates(JsonView view, int min, int target) {
    List<String> candidates = new ArrayList<>();
    boolean base64 = !view.asserted("contentEncoding").isEmpty();
    if (!view.asserted("contentMediaType").isEmpty()) {
      candidates.add(base64 ? "e30=" : "{}");
      candidates.add(base64 ? "WzFd" : "[1]");
      return candidates;
    }
    if (base64) {
      candidates.add(java.util.Base64.getEncoder().encodeToString(fill(target).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      candidates.add("YWJj");
      return candidates;
    }
    List<String> formats = view.formats();
    if (!formats.isEmpty()) {
      List<String> examples = JsonFormats.examples(formats.get(0));
      for (int i = 0; i < examples.size(); i++) {
        candidates.add(examples.get((i + Math.max(0, variant - 1)) % examples.size()));
      }
      return candidates;
    }
    List<String> patterns = view.patterns();
    if (patterns.isEmpty()) {
      candidates.add(fill(target));
      candidates.add(fill(min));
      return candidates;
    }
    for (int attempt = 0; attempt < 12; attempt++) {
      String pattern = patterns.get(attempt % patterns.size());
      int spread = variant < 2 ? attempt : 1 + random.nextInt(8) + attempt;
      String built = JsonRegexGenerator.generate(pattern, random, spread);
      if (built != null) {
        candidates.add(built);
        if (built.length() < min) {
          candidates.add(built + fill(min - built.length()));
          candidates.add(fill(min - built.length()) + built);
        }
      }
    }
    candidates.add(fill(target));
    return candidates;
  }

  private String fill(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(variant < 2 ? FILL.charAt(i % FILL.length()) : FILL.charAt(random.nextInt(FILL.length())));
    }
    return text.toString();
  }
}
