package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code required}, {@code dependentRequired} (and array {@code dependencies}) and
 * {@code dependentSchemas} (and schema {@code dependencies}): what the reader demands of an object
 * must be guaranteed by the writer. A default does not help: validators do not fill it in.
 */
final class RequiredRules {
  private RequiredRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    required(c, reader, writer, path, out);
    dependentRequired(c, reader, writer, path, out);
    dependentSchemas(c, reader, writer, path, out);
  }

  private static void required(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    Set<String> guaranteed = writer.required();
    for (String name : reader.required()) {
      if (guaranteed.contains(name) || out.done()) {
        continue;
      }
      JsonSite declared = reader.child("properties", name);
      boolean hasDefault = declared != null && declared.keyword("default") != null;
      String sentence = Words.property(name, path) + (c.readerIsNew() ? " became required" : " is no longer required")
          + c.consequence("lacks it")
          + (hasDefault && c.readerIsNew() ? ", and its \"default\" does not help because validators do not fill it in" : "") + "; "
          + (c.readerIsNew() ? "keep " + Quotes.quote(name) + " optional" : "keep it required until every reader uses the new schema") + ".";
      String pointer = c.readerIsNew() ? reader.anchorOf("required") : writer.anchorOf("required");
      var lacking = Locals.edited(Locals.sample(writer, InstancePath.OBJECT), object -> without(object, List.of(name)));
      Rule rule = c.rule(Rule.REQUIRED_PROPERTY_ADDED, Rule.REQUIRED_PROPERTY_REMOVED);
      boolean newToOpenModel = hasDefault && !writer.declaredNames().contains(name) && ObjectRules.openModel(writer);
      if (newToOpenModel) {
        c.reportWaivable(out, rule, pointer, sentence, path, lacking);
      } else {
        c.report(out, rule, pointer, sentence, path, lacking);
      }
    }
  }

  private static void dependentRequired(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    Map<String, Set<String>> own = writer.dependentRequired();
    for (Map.Entry<String, Set<String>> entry : reader.dependentRequired().entrySet()) {
      String key = entry.getKey();
      if (out.done() || writer.property(key).isEmpty()) {
        continue;
      }
      Set<String> ownDeps = own.getOrDefault(key, Set.of());
      List<String> missing = new ArrayList<>();
      for (String needed : entry.getValue()) {
        if (!writer.required().contains(needed) && !ownDeps.contains(needed)) {
          missing.add(needed);
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      boolean had = own.containsKey(key);
      Rule rule = had ? c.rule(Rule.DEPENDENCY_ARRAY_EXTENDED, Rule.DEPENDENCY_ARRAY_NARROWED)
          : c.rule(Rule.DEPENDENCY_ARRAY_ADDED, Rule.DEPENDENCY_ARRAY_REMOVED);
      String readerList = names(entry.getValue());
      String writerList = names(ownDeps);
      String sentence = "The properties that " + Quotes.quote(key) + " requires" + (path.isRoot() ? "" : " in " + path.label()) + " changed from "
          + c.oldOf(readerList, writerList) + " to " + c.newOf(readerList, writerList)
          + c.consequence(JsonComparison.holds(path, "an object with " + Quotes.quote(key) + " but without " + Quotes.quote(missing.get(0)))) + "; "
          + (c.readerIsNew() ? "require only what " + c.oldLabel() + " requires" : "keep the requirement until every reader uses the new schema") + ".";
      String keyword = reader.keyword("dependentRequired") != null && reader.keyword("dependentRequired").has(key) ? "dependentRequired" : "dependencies";
      ObjectNode withKey = Locals.schema();
      withKey.putArray("required").add(key);
      c.report(out, rule, c.pointer(reader, writer, keyword), sentence, path,
          Locals.edited(Locals.constrained(writer, withKey, InstancePath.OBJECT), object -> without(object, missing)));
    }
  }

  private static void dependentSchemas(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    Map<String, List<JsonSite>> own = writer.dependentSchemas();
    for (Map.Entry<String, JsonSite> entry : reader.dependentSchemas().entrySet()) {
      String key = entry.getKey();
      if (writer.property(key).isEmpty()) {
        continue;
      }
      ObjectNode withKey = Locals.schema();
      withKey.putArray("required").add(key);
      JsonView present = writer.and(Locals.site(withKey, writer.anchor()));
      for (JsonSite applied : own.getOrDefault(key, List.of())) {
        present = present.and(applied);
      }
      if (own.containsKey(key)) {
        c.compare(entry.getValue(), present, path.withWriter(present), out);
        continue;
      }
      List<Issue> found = c.probe(entry.getValue(), present, path.withWriter(present), out);
      if (found.isEmpty()) {
        continue;
      }
      String keyword = reader.keyword("dependentSchemas") != null && reader.keyword("dependentSchemas").has(key) ? "dependentSchemas" : "dependencies";
      String sentence = Words.sentence(c.readerLabel()) + " applies a schema" + (path.isRoot() ? "" : " to " + path.label()) + " when "
          + Quotes.quote(key) + " is present (" + Quotes.quote(keyword) + "), which " + c.writerLabel() + " does not"
          + c.consequence(JsonComparison.holds(path, "an object with " + Quotes.quote(key) + " that breaks that schema")) + "; "
          + (c.readerIsNew() ? "apply only what " + c.oldLabel() + " applies" : "keep the dependent schema until every reader uses the new schema") + ".";
      Issue inner = found.get(0);
      c.report(out, c.rule(Rule.DEPENDENCY_SCHEMA_ADDED, Rule.DEPENDENCY_SCHEMA_REMOVED), c.pointer(reader, writer, keyword),
          sentence, inner.path(), inner.local());
    }
  }

  private static String names(Set<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    ArrayNode list = Locals.schema().arrayNode();
    names.forEach(list::add);
    return Words.value(list);
  }

  private static JsonNode without(JsonNode object, List<String> names) {
    if (object instanceof ObjectNode holder) {
      names.forEach(holder::remove);
    }
    return object;
  }
}
