package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Declared properties and {@code propertyNames}. A property both versions declare is compared
 * schema to schema. A property only one declares meets the other's content model: open (any value
 * allowed), closed ({@code additionalProperties: false}) or partially open (an
 * {@code additionalProperties} or {@code patternProperties} schema); the rule names which. The LENIENT
 * policy waives, as Confluent's does, a property the reader declares where the writer's model is
 * open (optional, or required with a default) and a property the writer declares that the reader's
 * closed model no longer has.
 */
final class ObjectRules {
  private static final Set<JsonKind> STRING = EnumSet.of(JsonKind.STRING);

  private ObjectRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    Set<String> readerDeclared = reader.declared();
    Set<String> writerDeclared = writer.declaredNames();
    Set<String> names = new LinkedHashSet<>(readerDeclared);
    names.addAll(writerDeclared);
    names.addAll(reader.required());
    names.addAll(writer.required());
    for (String name : names) {
      JsonView written = writer.property(name);
      List<JsonSite> read = reader.propertySites(name);
      if (written.isEmpty() || read.isEmpty() || out.done()) {
        continue;
      }
      InstancePath child = path.property(name, written);
      boolean readerHas = readerDeclared.contains(name);
      if (readerHas == writerDeclared.contains(name)) {
        read.forEach(site -> c.compare(site, written, child, out));
      } else if (readerHas) {
        onlyReaderDeclares(c, reader, writer, name, read, written, child, out);
      } else {
        onlyWriterDeclares(c, reader, name, read, written, child, out);
      }
    }
    propertyNames(c, reader, writer, path, out);
  }

  private static void onlyReaderDeclares(JsonComparison c, JsonSite reader, JsonView writer, String name, List<JsonSite> read,
      JsonView written, InstancePath child, Sink out) {
    boolean open = written.sites().stream().allMatch(ObjectRules::acceptsAnything);
    boolean waivable = open && openModel(writer) && (!reader.required().contains(name) || hasDefault(reader, name));
    Issue inner = firstIssue(c, read, written, child, out);
    if (inner == null) {
      return;
    }
    String property = Words.property(name, child.parent());
    String pointer = c.readerIsNew() ? reader.child("properties", name).anchor() : writer.anchor();
    JsonSite declared = reader.child("properties", name);
    String typed = declared.keyword("type") != null ? " with type " + Words.types(declared.kinds()) : " with a schema of its own";
    boolean typeClash = inner.rule().name().startsWith("TYPE_");
    String clash = " with " + (typeClash ? "another type" : "a value " + c.readerLabel() + " rejects there");
    String sentence;
    Rule rule;
    if (open) {
      rule = c.rule(Rule.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, Rule.PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL);
      sentence = c.readerIsNew()
          ? property + " was added to an open content model" + typed
              + c.consequence("already holds " + Quotes.quote(name) + clash)
              + "; close the model with \"additionalProperties\": false in both versions" + lenientHint(c) + "."
          : property + " was removed from an open content model" + c.consequence("holds " + Quotes.quote(name) + clash)
              + "; keep the property in the new schema" + lenientHint(c) + ".";
    } else {
      rule = c.rule(Rule.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
          Rule.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
      String cover = Quotes.quote(coveringKeyword(written));
      sentence = c.readerIsNew()
          ? property + " was added" + typed + ", but the " + cover + " of " + c.oldLabel() + " allows other values for it"
              + c.consequence("holds " + Quotes.quote(name) + clash) + "; make the property accept what " + cover + " allows."
          : property + " was removed, and the " + cover + " of the new schema allows values for it that " + c.oldLabel()
              + " rejects" + c.consequence("holds " + Quotes.quote(name) + clash) + "; keep the property until every reader uses the new schema.";
    }
    if (waivable) {
      c.reportWaivable(out, rule, pointer, sentence, inner.path(), inner.local());
    } else {
      c.report(out, rule, pointer, sentence, inner.path(), inner.local());
    }
  }

  private static void onlyWriterDeclares(JsonComparison c, JsonSite reader, String name, List<JsonSite> read,
      JsonView written, InstancePath child, Sink out) {
    Issue inner = firstIssue(c, read, written, child, out);
    if (inner == null) {
      return;
    }
    boolean closed = read.size() == 1 && read.get(0).isFalse();
    String property = Words.property(name, child.parent());
    String pointer = c.readerIsNew() ? reader.anchor() : written.anchor();
    Rule rule;
    String sentence;
    if (closed) {
      rule = c.rule(Rule.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, Rule.PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL);
      sentence = property + (c.readerIsNew() ? " was removed from" : " was added to")
          + " a closed content model (" + Quotes.quote(keywordOf(read.get(0))) + ": false)" + c.consequence("holds " + Quotes.quote(name)) + "; "
          + (c.readerIsNew() ? "keep " + Quotes.quote(name) + " declared" : "declare " + Quotes.quote(name) + " in every reader first") + ".";
      c.reportWaivable(out, rule, pointer, sentence, inner.path(), inner.local());
      return;
    } else {
      rule = c.rule(Rule.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL,
          Rule.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
      String cover = Quotes.quote(keywordOf(read.get(0)));
      sentence = property + (c.readerIsNew() ? " was removed" : " was added") + ", and the " + cover + " of "
          + c.readerLabel() + " does not accept every value " + c.writerLabel() + " allows for it"
          + c.consequence("holds such a value in " + Quotes.quote(name)) + "; "
          + (c.readerIsNew() ? "keep " + Quotes.quote(name) + " declared" : "declare " + Quotes.quote(name) + " in every reader first") + ".";
    }
    c.report(out, rule, pointer, sentence, inner.path(), inner.local());
  }

  private static void propertyNames(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    JsonSite names = reader.child("propertyNames");
    if (names == null) {
      return;
    }
    JsonView allowed = JsonView.of(names);
    List<JsonNode> rejected = new ArrayList<>();
    for (String name : writer.declaredNames()) {
      TextNode text = TextNode.valueOf(name);
      if (!writer.property(name).isEmpty()
          && (!allowed.admits(text) || !c.provedWithin(names, JsonView.finite(List.of(text), names.anchor()), path, out))) {
        rejected.add(TextNode.valueOf(name));
      }
    }
    JsonView writerNames = JsonView.of(writer.children("propertyNames"), writer.anchor()).and(Locals.site(Locals.schema().put("type", "string"), writer.anchor()));
    boolean undeclared = writer.values() == null && (!writer.additional().isEmpty() || !writer.patternProperties().isEmpty());
    if (rejected.isEmpty() && !(undeclared && !c.accepts(names, writerNames, path, out))) {
      return;
    }
    String example = rejected.isEmpty() ? "" : " (such as " + Words.oneOf(rejected) + ")";
    String sentence = "\"propertyNames\"" + path.of() + " in " + c.readerLabel() + " rejects names that "
        + c.writerLabel() + " allows" + example + c.consequence(JsonComparison.has(path, "a property with such a name")) + "; "
        + (c.readerIsNew() ? "accept every name " + c.oldLabel() + " allows" : "keep \"propertyNames\" until every reader uses the new schema") + ".";
    IntFunction<JsonNode> bad = rejected.isEmpty()
        ? Locals.sampleWhere(writerNames, STRING, name -> !allowed.admits(name)) : Locals.values(rejected);
    c.report(out, c.rule(Rule.PROPERTY_NAMES_NARROWED, Rule.PROPERTY_NAMES_EXTENDED), c.pointer(reader, writer, "propertyNames"),
        sentence, path, Locals.withProperty(writer, bad));
  }

  private static Issue firstIssue(JsonComparison c, List<JsonSite> read, JsonView written, InstancePath child, Sink out) {
    for (JsonSite site : read) {
      List<Issue> found = c.probe(site, written, child, out);
      if (!found.isEmpty()) {
        return found.get(0);
      }
    }
    return null;
  }

  /**
   * An open content model as Confluent's lenient list means it: no {@code additionalProperties} or
   * {@code unevaluatedProperties} schema and no {@code patternProperties} anywhere in the writer's view.
   */
  static boolean openModel(JsonView writer) {
    return writer.patternProperties().isEmpty() && writer.sites().stream().allMatch(site -> {
      JsonSite additional = site.child("additionalProperties");
      JsonNode unevaluated = site.rawKeyword("unevaluatedProperties");
      return (additional == null || acceptsAnything(additional))
          && (unevaluated == null || unevaluated.equals(BooleanNode.TRUE) || unevaluated.isObject() && unevaluated.isEmpty());
    });
  }

  private static String lenientHint(JsonComparison c) {
    return c.policy() == CompatibilityPolicy.LENIENT ? "" : ", or use the LENIENT policy";
  }

  /** The reader's declaration of {@code name} has a {@code default}. */
  static boolean hasDefault(JsonSite reader, String name) {
    JsonSite declared = reader.child("properties", name);
    return declared != null && declared.keyword("default") != null;
  }

  static boolean acceptsAnything(JsonSite site) {
    JsonNode node = site.node();
    return node.isBoolean() ? node.asBoolean() : node.isObject() && node.isEmpty();
  }

  static String coveringKeyword(JsonView written) {
    return written.sites().stream().anyMatch(site -> site.pointer().contains("/patternProperties/"))
        ? "patternProperties" : written.sites().isEmpty() ? "additionalProperties" : keywordOf(written.sites().get(0));
  }

  /** The keyword a schema for undeclared properties sits under, as the user wrote it. */
  static String keywordOf(JsonSite site) {
    if (site.pointer().contains("/patternProperties/")) {
      return "patternProperties";
    }
    return site.pointer().endsWith("/unevaluatedProperties") ? "unevaluatedProperties" : "additionalProperties";
  }
}
