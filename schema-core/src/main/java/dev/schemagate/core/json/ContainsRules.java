package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Rule;
import java.util.List;

/**
 * {@code contains} with {@code minContains} and {@code maxContains} of the reader: the writer must
 * guarantee enough matching items (by its own {@code contains}, or positions it always fills with
 * matching items) and, under a {@code maxContains}, no more than allowed (by its item count, or its own
 * {@code maxContains} over a {@code contains} that every item the reader counts meets).
 */
final class ContainsRules {
  private ContainsRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    JsonSite wanted = reader.child("contains");
    if (wanted == null) {
      return;
    }
    int atLeast = count(reader.keyword("minContains"), 1);
    int atMost = count(reader.keyword("maxContains"), Integer.MAX_VALUE);
    List<JsonSite> own = writer.children("contains");
    boolean enough = atLeast == 0 || guaranteed(c, wanted, writer, own, atLeast, path, out);
    boolean fewEnough = atMost == Integer.MAX_VALUE || BoundRules.intOrMax(writer.upper(JsonMeasure.ITEMS)) <= atMost
        || writer.sites().stream().anyMatch(site -> count(site.keyword("maxContains"), Integer.MAX_VALUE) <= atMost
            && site.child("contains") != null && c.provedWithin(site.child("contains"), JsonView.of(wanted), path, out));
    if (enough && fewEnough) {
      return;
    }
    Rule rule = own.isEmpty() ? c.rule(Rule.CONTAINS_ADDED, Rule.CONTAINS_REMOVED) : c.rule(Rule.CONTAINS_NARROWED, Rule.CONTAINS_EXTENDED);
    String demand = enough ? "at most " + atMost + " items matching its \"contains\" schema"
        : (atLeast == 1 ? "an item" : "at least " + atLeast + " items") + " matching its \"contains\" schema";
    String sentence = Words.sentence(c.readerLabel()) + " requires " + path.label() + " to hold " + demand + ", which "
        + c.writerLabel() + " does not guarantee" + c.consequence(JsonComparison.holds(path, enough ? "an array with more matching items" : atLeast == 1 ? "an array without such an item" : "an array with fewer such items"))
        + "; " + (c.readerIsNew() ? "drop the \"contains\" requirement" : "keep \"contains\" until every reader uses the new schema") + ".";
    JsonView matching = JsonView.of(wanted);
    c.report(out, rule, c.pointer(reader, writer, "contains"), sentence, path,
        Locals.sampleWhere(writer, InstancePath.ARRAY, array -> enough
            ? matches(array, matching) > atMost : matches(array, matching) < atLeast));
  }

  private static boolean guaranteed(JsonComparison c, JsonSite wanted, JsonView writer, List<JsonSite> own, int atLeast,
      InstancePath path, Sink out) {
    for (JsonSite contains : own) {
      int writerAtLeast = writer.sites().stream().mapToInt(site -> count(site.keyword("minContains"), 1)).max().orElse(1);
      if (writerAtLeast >= atLeast && c.provedWithin(wanted, JsonView.of(contains), path, out)) {
        return true;
      }
    }
    int minimum = writer.lower(JsonMeasure.ITEMS) == null ? 0 : BoundRules.intOrMax(writer.lower(JsonMeasure.ITEMS));
    int filled = Math.min(minimum, Math.max(writer.prefixLength(), atLeast));
    int matching = 0;
    for (int i = 0; i < filled && matching < atLeast; i++) {
      JsonView item = i < writer.prefixLength() ? writer.item(i) : writer.rest();
      if (c.provedWithin(wanted, item, path.item(i, false, item), out)) {
        matching++;
      }
    }
    return matching >= atLeast;
  }

  private static long matches(JsonNode array, JsonView matching) {
    if (!array.isArray()) {
      return Long.MAX_VALUE / 2;
    }
    long count = 0;
    for (JsonNode item : array) {
      count += matching.admits(item) ? 1 : 0;
    }
    return count;
  }

  private static int count(JsonNode value, int otherwise) {
    return value == null || !value.canConvertToInt() ? otherwise : value.intValue();
  }
}
