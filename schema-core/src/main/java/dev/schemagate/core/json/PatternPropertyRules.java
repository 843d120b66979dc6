package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import dev.schemagate.core.compat.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Properties neither version declares: those whose names match a {@code patternProperties}
 * entry, and the rest, which {@code additionalProperties} governs. The same pattern on both sides is
 * compared schema to schema; names of one side's pattern that the other side may treat differently
 * are checked with a generated name, and two patterns are taken to overlap unless their literal
 * beginnings prove otherwise (regular expressions cannot be compared in general).
 */
final class PatternPropertyRules {
  private static final List<String> FRESH = List.of("extra", "extra1", "extra2", "zz", "z-9", "_x", "x", "Q");
  /** Names generated from the writer's propertyNames when no plain one fits. */
  private static final int NAME_ATTEMPTS = 6;

  private PatternPropertyRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    if (writer.values() != null) {
      return;
    }
    Set<String> declared = new LinkedHashSet<>(reader.declared());
    declared.addAll(writer.declaredNames());
    Map<String, JsonSite> readerPatterns = reader.patternSites();
    Map<String, List<JsonSite>> writerPatterns = writer.patternProperties();
    JsonSite readerAdditional = reader.child("additionalProperties");
    for (String written : writerPatterns.keySet()) {
      if (out.done()) {
        return;
      }
      String name = example(written, declared);
      JsonView value = name == null ? null : writer.property(name);
      if (value == null || value.isEmpty()) {
        continue;
      }
      InstancePath child = path.property(name, value);
      for (Map.Entry<String, JsonSite> read : readerPatterns.entrySet()) {
        if (read.getKey().equals(written)) {
          c.compare(read.getValue(), value, child, out);
        } else if (!writerPatterns.containsKey(read.getKey()) && !JsonPatterns.provablyDisjoint(written, read.getKey())) {
          issue(c, reader, writer, read.getKey(), true, read.getValue(), value, child, out);
        }
      }
      boolean covered = readerPatterns.keySet().stream().anyMatch(read -> JsonPatterns.covers(read, written));
      if (readerAdditional != null && !covered) {
        issue(c, reader, writer, written, false, readerAdditional, value, child, out);
      }
    }
    if (writer.additional().isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonSite> read : readerPatterns.entrySet()) {
      if (writerPatterns.keySet().stream().noneMatch(own -> JsonPatterns.covers(own, read.getKey()))) {
        String name = example(read.getKey(), declared);
        JsonView value = name == null ? null : writer.property(name);
        if (value != null && !value.isEmpty()) {
          issue(c, reader, writer, read.getKey(), true, read.getValue(), value, path.property(name, value), out);
        }
      }
    }
    additional(c, reader, writer, readerAdditional, fresh(writer, declared, readerPatterns.keySet(), writerPatterns.keySet()), path, out);
  }

  private static void additional(JsonComparison c, JsonSite reader, JsonView writer, JsonSite readerAdditional, String name,
      InstancePath path, Sink out) {
    JsonView value = name == null ? null : writer.property(name);
    if (readerAdditional == null || value == null || value.isEmpty()) {
      return;
    }
    InstancePath child = path.property(name, value);
    boolean open = value.sites().stream().allMatch(ObjectRules::acceptsAnything);
    String keyword = reader.spelled("additionalProperties");
    boolean unevaluated = keyword.equals("unevaluatedProperties");
    if (!readerAdditional.isFalse()) {
      if (!open || !c.lenient(out)) {
        c.compare(readerAdditional, value, child, out);
        return;
      }
      List<Issue> found = c.probe(readerAdditional, value, child, out);
      if (found.isEmpty()) {
        return;
      }
      String sentence = Quotes.quote(keyword) + path.of() + " changed from any value to " + Words.value(readerAdditional.node())
          + c.consequence(JsonComparison.has(path, "a property that neither version declares with another value")) + "; "
          + (c.readerIsNew() ? "accept every value again" : "keep " + Quotes.quote(keyword) + " until every reader uses the new schema") + ".";
      Rule rule = unevaluated ? c.rule(Rule.UNEVALUATED_PROPERTIES_NARROWED, Rule.UNEVALUATED_PROPERTIES_EXTENDED)
          : c.rule(Rule.ADDITIONAL_PROPERTIES_NARROWED, Rule.ADDITIONAL_PROPERTIES_EXTENDED);
      c.reportWaivable(out, rule, c.pointer(reader, writer, "additionalProperties"), sentence, found.get(0).path(), found.get(0).local());
      return;
    }
    Rule rule;
    if (unevaluated) {
      rule = open ? c.rule(Rule.UNEVALUATED_PROPERTIES_REMOVED, Rule.UNEVALUATED_PROPERTIES_ADDED)
          : c.rule(Rule.UNEVALUATED_PROPERTIES_NARROWED, Rule.UNEVALUATED_PROPERTIES_EXTENDED);
    } else {
      rule = open ? c.rule(Rule.ADDITIONAL_PROPERTIES_REMOVED, Rule.ADDITIONAL_PROPERTIES_ADDED)
          : c.rule(Rule.ADDITIONAL_PROPERTIES_NARROWED, Rule.ADDITIONAL_PROPERTIES_EXTENDED);
    }
    String writerText = open ? "true" : Words.value(value.sites().get(0).node());
    String sentence = Quotes.quote(keyword) + path.of() + " changed from " + c.oldOf("false", writerText) + " to "
        + c.newOf("false", writerText) + c.consequence(JsonComparison.has(path, "a property that neither version declares")) + "; "
        + (c.readerIsNew() ? "allow such properties again, or declare every property " + c.oldLabel() + " may hold"
            : "keep " + Quotes.quote(keyword) + ": false until every reader uses the new schema") + ".";
    c.reportWaivable(out, rule, c.pointer(reader, writer, "additionalProperties"), sentence, child, Locals.sample(value, JsonKind.all()));
  }

  /**
   * Names of {@code pattern} that one side's entry governs and the other side treats with
   * {@code otherSchema} (its own entry, or its additionalProperties).
   */
  private static void issue(JsonComparison c, JsonSite reader, JsonView writer, String pattern, boolean readerOnly,
      JsonSite readerSchema, JsonView value, InstancePath child, Sink out) {
    List<Issue> found = c.probe(readerSchema, value, child, out);
    if (found.isEmpty()) {
      return;
    }
    boolean inNew = readerOnly == c.readerIsNew();
    String entry = "The \"patternProperties\" entry " + Quotes.quote(pattern);
    String of = child.parent().of();
    String to = child.parent().isRoot() ? "" : " to " + child.parent().label();
    String names = "a property whose name matches " + Quotes.quote(pattern);
    String sentence;
    if (readerOnly) {
      sentence = inNew
          ? entry + " was added" + to + ", and it does not accept every value " + c.oldLabel() + " allows for such names"
              + c.consequence(JsonComparison.has(child.parent(), names + " with such a value")) + "; make the entry accept what " + c.oldLabel() + " allows."
          : entry + of + " was removed, and the new schema allows values for such names that " + c.oldLabel() + "'s entry rejects"
              + c.consequence(JsonComparison.has(child.parent(), names + " with such a value")) + "; keep the entry until every reader uses the new schema.";
    } else {
      sentence = inNew
          ? entry + " was added" + to + ", and the \"additionalProperties\" of " + c.oldLabel() + " does not accept what it allows"
              + c.consequence(JsonComparison.has(child.parent(), names)) + "; add the entry to every reader first."
          : entry + of + " was removed, and the \"additionalProperties\" of the new schema does not accept what it allowed"
              + c.consequence(JsonComparison.has(child.parent(), names)) + "; keep the entry.";
    }
    String pointer;
    if (c.readerIsNew()) {
      pointer = readerOnly ? reader.child("patternProperties", pattern).anchor() : reader.anchor();
    } else {
      List<JsonSite> own = writer.patternProperties().get(pattern);
      pointer = own != null ? own.get(0).anchor() : writer.anchor();
    }
    Issue inner = found.get(0);
    c.report(out, inNew ? Rule.PATTERN_PROPERTY_ADDED : Rule.PATTERN_PROPERTY_REMOVED, pointer, sentence, inner.path(), inner.local());
  }

  /** A name the pattern matches that neither side declares: generated, or a declared match with a suffix. */
  private static String example(String pattern, Set<String> declared) {
    for (int attempt = 0; attempt < 6; attempt++) {
      String name = JsonPatterns.example(pattern, attempt);
      if (name != null && !declared.contains(name)) {
        return name;
      }
    }
    for (String name : declared) {
      for (String suffix : List.of("ame", "_1", "x")) {
        if (JsonPatterns.find(pattern, name + suffix) && !declared.contains(name + suffix)) {
          return name + suffix;
        }
      }
    }
    return null;
  }

  /**
   * A name neither side declares or matches with a pattern, that the writer may use: one of a few
   * plain names, or one generated from the writer's {@code propertyNames}.
   */
  private static String fresh(JsonView writer, Set<String> declared, Set<String> readerPatterns, Set<String> writerPatterns) {
    List<String> candidates = new java.util.ArrayList<>(FRESH);
    JsonView names = JsonView.of(writer.children("propertyNames"), writer.anchor());
    for (int attempt = 0; attempt < NAME_ATTEMPTS && !names.sites().isEmpty(); attempt++) {
      var generated = JsonSamples.candidate(names, attempt, attempt, java.util.EnumSet.of(JsonKind.STRING));
      if (generated != null && generated.isTextual()) {
        candidates.add(generated.asText());
      }
    }
    for (String name : candidates) {
      boolean matches = readerPatterns.stream().anyMatch(p -> JsonPatterns.find(p, name))
          || writerPatterns.stream().anyMatch(p -> JsonPatterns.find(p, name));
      if (!declared.contains(name) && !matches && !writer.property(name).isEmpty()) {
        return name;
      }
    }
    return null;
  }
}
