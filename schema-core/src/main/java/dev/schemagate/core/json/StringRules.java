package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.schemagate.core.compat.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code pattern} and {@code format} of strings (lengths are in {@link BoundRules}). The same
 * pattern, or a pattern found in every string, is safe; the writer's values are checked one by one
 * when they are a list; any other change counts as a break, because whether one regular expression
 * (or format) admits everything another does cannot be decided in general.
 */
final class StringRules {
  private static final Set<JsonKind> STRING = EnumSet.of(JsonKind.STRING);

  private StringRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    String pattern = reader.pattern();
    if (pattern != null && !JsonPatterns.matchesEverything(pattern)) {
      pattern(c, reader, writer, pattern, path, out);
    }
    for (String keyword : List.of("format", "contentEncoding", "contentMediaType")) {
      JsonNode value = reader.keyword(keyword);
      if (value != null && value.isTextual() && reader.doc().asserts(keyword, value.asText())) {
        asserted(c, reader, writer, keyword, value.asText(), path, out);
      }
    }
  }

  private static void pattern(JsonComparison c, JsonSite reader, JsonView writer, String pattern, InstancePath path, Sink out) {
    Predicate<JsonNode> rejected = value -> value.isTextual() && !JsonPatterns.find(pattern, value.asText());
    List<String> written = writer.patterns();
    List<JsonNode> strings = writer.values() == null ? null : writer.values().stream().filter(JsonNode::isTextual).toList();
    if (strings != null ? strings.stream().noneMatch(rejected) : written.contains(pattern)) {
      return;
    }
    String label = path.label();
    String readerText = Quotes.quote(pattern);
    String writerText = written.isEmpty() ? "none" : Quotes.quote(written.get(0));
    String sentence;
    Rule rule;
    if (strings != null) {
      List<JsonNode> failing = strings.stream().filter(rejected).toList();
      rule = c.rule(Rule.PATTERN_ADDED, Rule.PATTERN_REMOVED);
      sentence = Words.sentence(c.readerLabel()) + " requires " + label + " to match " + readerText + ", which "
          + Words.oneOf(failing) + " does not" + c.consequence(JsonComparison.holds(path, Words.oneOf(failing))) + "; "
          + (c.readerIsNew() ? "widen the pattern to accept those values" : "write only values of " + c.oldLabel() + " until every reader uses the new schema") + ".";
      c.report(out, rule, c.pointer(reader, writer, "pattern"), sentence, path, Locals.values(failing));
      return;
    }
    if (written.isEmpty() && writer.formats().isEmpty()) {
      rule = c.rule(Rule.PATTERN_ADDED, Rule.PATTERN_REMOVED);
      sentence = "The pattern" + path.of() + " changed from " + c.oldOf(readerText, "none") + " to " + c.newOf(readerText, "none")
          + c.consequence(JsonComparison.holds(path, "a string that does not match " + readerText)) + "; "
          + (c.readerIsNew() ? "drop the pattern" : "keep the pattern until every reader uses the new schema") + ".";
    } else {
      String other = written.isEmpty() ? "format " + Quotes.quote(writer.formats().get(0)) : "pattern " + writerText;
      rule = written.isEmpty() ? c.rule(Rule.PATTERN_ADDED, Rule.PATTERN_REMOVED) : Rule.PATTERN_CHANGED;
      sentence = "The pattern" + path.of() + " changed from " + c.oldOf(readerText, written.isEmpty() ? "none" : writerText)
          + " to " + c.newOf(readerText, written.isEmpty() ? "none" : writerText)
          + ", and SchemaGate cannot prove that every string the " + other + " of " + c.writerLabel()
          + " admits also matches " + readerText + " (two regular expressions cannot be compared in general), so it counts as a break; "
          + "keep the pattern unchanged, or register the change with compatibility NONE once you have checked it.";
    }
    c.report(out, rule, c.pointer(reader, writer, "pattern"), sentence, path, Locals.sampleWhere(writer, STRING, rejected));
  }

  /** {@code format} and the draft 7 content keywords: checked values the writer does not guarantee. */
  private static void asserted(JsonComparison c, JsonSite reader, JsonView writer, String keyword, String value,
      InstancePath path, Sink out) {
    Schema check = JsonValidators.stringKeyword(reader.doc().dialect(), keyword, value);
    // a value the check cannot judge is not proven accepted (cautious), but only a rejected one is shown
    Predicate<JsonNode> rejected = candidate -> candidate.isTextual() && JsonValidators.rejects(check, candidate);
    Predicate<JsonNode> unproven = candidate -> candidate.isTextual() && !JsonValidators.accepts(check, candidate);
    List<JsonNode> strings = writer.values() == null ? null : writer.values().stream().filter(JsonNode::isTextual).toList();
    List<String> written = writer.asserted(keyword);
    if (strings != null ? strings.stream().noneMatch(unproven) : written.contains(value)) {
      return;
    }
    String readerText = Quotes.quote(value);
    String writerText = written.isEmpty() ? "none" : Quotes.quote(written.get(0));
    Rule rule = written.isEmpty() || strings != null ? c.rule(Rule.FORMAT_ADDED, Rule.FORMAT_REMOVED) : Rule.FORMAT_CHANGED;
    String sentence = Quotes.quote(keyword) + path.of() + " changed from " + c.oldOf(readerText, writerText) + " to "
        + c.newOf(readerText, writerText);
    List<String> patterns = writer.patterns();
    if (strings == null && (!written.isEmpty() || !patterns.isEmpty())) {
      String other = written.isEmpty() ? "pattern " + Quotes.quote(patterns.get(0)) : keyword + " " + writerText;
      sentence += ", and SchemaGate cannot prove that every string the " + other + " of " + c.writerLabel()
          + " admits is valid for " + readerText + " (they cannot be compared in general), so it counts as a break;"
          + " keep " + Quotes.quote(keyword) + " unchanged, or register the change with compatibility NONE once you have checked it.";
    } else {
      sentence += c.consequence(JsonComparison.holds(path, "a string that is not " + (keyword.equals("format") ? "a valid " : "valid ") + readerText)) + "; "
          + (c.readerIsNew() ? "drop " + Quotes.quote(keyword) : "keep " + Quotes.quote(keyword) + " until every reader uses the new schema") + ".";
    }
    c.report(out, rule, c.pointer(reader, writer, keyword), sentence, path, Locals.sampleWhere(writer, STRING, rejected));
  }
}
