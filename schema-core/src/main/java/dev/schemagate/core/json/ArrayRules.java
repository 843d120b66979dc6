package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.schemagate.core.compat.Rule;
import java.util.List;
import java.util.Set;

/**
 * Items of arrays, in either draft form (positional {@code items} and {@code additionalItems},
 * or {@code prefixItems} and {@code items}), {@code uniqueItems} and {@code contains}; counts are in
 * {@link BoundRules}. Each position the writer may fill is compared with the reader's schema for it;
 * a position only one side describes is named as an item added to or removed from a content model.
 */
final class ArrayRules {
  private static final Set<JsonKind> ARRAY = InstancePath.ARRAY;

  private ArrayRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    int readerPrefix = reader.prefixLength();
    int writerPrefix = writer.prefixLength();
    int positions = Math.max(readerPrefix, writerPrefix);
    int writerMax = BoundRules.intOrMax(writer.upper(JsonMeasure.ITEMS));
    for (int i = 0; i < Math.min(positions, writerMax); i++) {
      JsonView written = writer.item(i);
      if (written.isEmpty()) {
        writerMax = i;
        break;
      }
      JsonSite read = reader.item(i);
      if (read != null) {
        position(c, reader, writer, read, written, i, i < readerPrefix, i < writerPrefix, path.item(i, false, written), out);
      }
    }
    JsonView rest = writer.rest();
    JsonSite readRest = reader.rest();
    if (writerMax > positions && !rest.isEmpty() && readRest != null) {
      InstancePath item = path.item(positions, true, rest);
      boolean plainLists = readerPrefix == 0 && writerPrefix == 0;
      if (plainLists && !readRest.isFalse()) {
        c.compare(readRest, rest, item, out);
      } else {
        List<Issue> found = c.probe(readRest, rest, item, out);
        if (!found.isEmpty()) {
          additional(c, reader, writer, readRest, positions, path, found.get(0), out);
        }
      }
    }
    unique(c, reader, writer, writerMax, path, out);
    ContainsRules.check(c, reader, writer, path, out);
  }

  private static void position(JsonComparison c, JsonSite reader, JsonView writer, JsonSite read, JsonView written, int i,
      boolean readerHas, boolean writerHas, InstancePath item, Sink out) {
    if (readerHas == writerHas) {
      c.compare(read, written, item, out);
      return;
    }
    List<Issue> found = c.probe(read, written, item, out);
    if (found.isEmpty()) {
      return;
    }
    String place = "Item " + i + item.parent().of();
    Rule rule;
    String sentence;
    if (readerHas) {
      boolean open = writer.rest().sites().isEmpty();
      rule = open ? c.rule(Rule.ITEM_ADDED_TO_OPEN_CONTENT_MODEL, Rule.ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL)
          : c.rule(Rule.ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, Rule.ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
      String cover = open ? "where " + c.writerLabel() + " allows any item" : "where " + c.writerLabel() + " allows other items";
      sentence = place + (c.readerIsNew() ? " was added with a schema of its own, " + cover : " was removed, and " + c.writerLabel() + (open ? " allows any item there" : " allows other items there"))
          + c.consequence(JsonComparison.has(item.parent(), "such an item at position " + i)) + "; "
          + (c.readerIsNew() ? "make the new position accept what " + c.oldLabel() + " allows there" : "keep the position until every reader uses the new schema") + ".";
    } else {
      boolean closed = reader.rest() != null && reader.rest().isFalse();
      rule = closed ? c.rule(Rule.ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL, Rule.ITEM_ADDED_TO_CLOSED_CONTENT_MODEL)
          : c.rule(Rule.ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL, Rule.ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL);
      String cover = closed ? ", and " + c.readerLabel() + " allows no items beyond its positions"
          : ", and the schema " + c.readerLabel() + " has for further items does not accept what it holds";
      sentence = place + (c.readerIsNew() ? " was removed" : " was added") + cover
          + c.consequence(JsonComparison.has(item.parent(), (closed ? "an item" : "such an item") + " at position " + i)) + "; "
          + (c.readerIsNew() ? "keep the position" : "add the position to every reader first") + ".";
    }
    String pointer = c.readerIsNew() ? reader.anchorOf(reader.prefixKeyword() == null ? reader.restKeyword() : reader.prefixKeyword())
        : writer.anchorOf(writer.siteWith("prefixItems") != null ? "prefixItems" : "items");
    Issue inner = found.get(0);
    c.report(out, rule, pointer, sentence, inner.path(), inner.local());
  }

  private static void additional(JsonComparison c, JsonSite reader, JsonView writer, JsonSite readRest, int positions,
      InstancePath path, Issue inner, Sink out) {
    String keyword = reader.restKeyword();
    String label = path.label();
    String sentence;
    Rule rule;
    boolean unevaluated = reader.spelled(keyword).equals("unevaluatedItems");
    if (readRest.isFalse()) {
      rule = unevaluated ? c.rule(Rule.UNEVALUATED_ITEMS_REMOVED, Rule.UNEVALUATED_ITEMS_ADDED)
          : c.rule(Rule.ADDITIONAL_ITEMS_REMOVED, Rule.ADDITIONAL_ITEMS_ADDED);
      sentence = Words.sentence(c.readerLabel()) + " allows no more than " + Words.count(java.math.BigDecimal.valueOf(positions), "item")
          + (path.isRoot() ? "" : " in " + label) + ", where "
          + c.writerLabel() + " allows more" + c.consequence(JsonComparison.holds(path, "an array of more than " + Words.count(java.math.BigDecimal.valueOf(positions), "item")))
          + "; " + (c.readerIsNew() ? "allow the further items again" : "keep the array at " + Words.count(java.math.BigDecimal.valueOf(positions), "item") + " until every reader uses the new schema") + ".";
    } else {
      rule = unevaluated ? c.rule(Rule.UNEVALUATED_ITEMS_NARROWED, Rule.UNEVALUATED_ITEMS_EXTENDED)
          : c.rule(Rule.ADDITIONAL_ITEMS_NARROWED, Rule.ADDITIONAL_ITEMS_EXTENDED);
      sentence = "The schema for items after the first " + Words.count(java.math.BigDecimal.valueOf(positions), "item") + path.of() + " accepts less in " + c.readerLabel()
          + " than in " + c.writerLabel() + c.consequence(JsonComparison.has(path, "such an item after position " + (positions - 1))) + "; "
          + (c.readerIsNew() ? "accept the items " + c.oldLabel() + " allows" : "keep the items as " + c.oldLabel() + " allows them until every reader uses the new schema") + ".";
    }
    String pointer = c.readerIsNew() ? reader.anchorOf(keyword) : writer.anchorOf(writer.siteWith("additionalItems") != null ? "additionalItems" : "items");
    c.report(out, rule, pointer, sentence, inner.path(), inner.local());
  }

  private static void unique(JsonComparison c, JsonSite reader, JsonView writer, int writerMax, InstancePath path, Sink out) {
    if (!reader.uniqueItems() || writer.uniqueItems() || writerMax < 2) {
      return;
    }
    if (writer.values() != null && writer.values().stream().filter(JsonNode::isArray).allMatch(ArrayRules::distinct)) {
      return;
    }
    String sentence = "\"uniqueItems\"" + path.of() + " changed from " + c.oldOf("true", "false") + " to "
        + c.newOf("true", "false") + c.consequence(JsonComparison.holds(path, "an array with two equal items")) + "; "
        + (c.readerIsNew() ? "drop \"uniqueItems\"" : "keep \"uniqueItems\" until every reader uses the new schema") + ".";
    var twoItems = Locals.schema().put("minItems", 2);
    c.report(out, c.rule(Rule.UNIQUE_ITEMS_ADDED, Rule.UNIQUE_ITEMS_REMOVED), c.pointer(reader, writer, "uniqueItems"), sentence, path,
        Locals.edited(Locals.constrained(writer, twoItems, ARRAY), ArrayRules::repeatFirst));
  }

  private static JsonNode repeatFirst(JsonNode array) {
    if (array instanceof ArrayNode items && items.size() >= 2) {
      items.set(1, items.get(0).deepCopy());
    }
    return array;
  }

  private static boolean distinct(JsonNode array) {
    for (int i = 0; i < array.size(); i++) {
      for (int j = i + 1; j < array.size(); j++) {
        if (JsonValues.same(array.get(i), array.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
