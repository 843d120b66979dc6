package dev.schemagate.core.json;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Rule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code anyOf}, {@code oneOf}, {@code not} and {@code if}/{@code then}/{@code else} of the reader
 * ({@code allOf} and {@code $ref} are read as parts that each must accept the writer, and the
 * writer's own alternatives are compared one by one). Each writer alternative, or each of its JSON
 * types, must fit one reader alternative; under {@code oneOf} it must also be proved apart from
 * the other alternatives. A {@code not} must be proved apart from the writer.
 */
final class CombinatorRules {
  private CombinatorRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    alternatives(c, reader, writer, "anyOf", path, out);
    alternatives(c, reader, writer, "oneOf", path, out);
    not(c, reader, writer, path, out);
    ConditionalRules.check(c, reader, writer, path, out);
  }

  private static void alternatives(JsonComparison c, JsonSite reader, JsonView writer, String keyword, InstancePath path, Sink out) {
    List<JsonSite> alternatives = reader.parts(keyword);
    if (alternatives.isEmpty()) {
      return;
    }
    boolean exclusive = keyword.equals("oneOf");
    int chosen = fit(c, alternatives, writer, path, out);
    if (chosen >= 0) {
      if (exclusive) {
        overlaps(c, reader, writer, alternatives, chosen, path, out);
      }
      return;
    }
    List<JsonView> pieces = byType(writer);
    List<JsonSite> possible = alternatives.stream().filter(other -> !Disjointness.proved(c, other, writer, path, out)).toList();
    if (possible.size() == 1) {
      for (JsonView piece : pieces.size() > 1 ? pieces : List.of(writer)) {
        if (!c.ruledOut(piece, path, out)) {
          c.compare(possible.get(0), piece, path, out);
        }
      }
      return;
    }
    boolean everyTypeFits = pieces.size() > 1;
    for (JsonView piece : pieces) {
      if (c.ruledOut(piece, path, out)) {
        continue;
      }
      int fitting = fit(c, alternatives, piece, path, out);
      everyTypeFits &= fitting >= 0 && (!exclusive || others(alternatives, fitting).stream()
          .allMatch(other -> Disjointness.proved(c, other, piece, path, out)));
    }
    if (everyTypeFits) {
      return;
    }
    String label = path.label();
    String sentence = "No alternative of " + c.readerLabel() + "'s " + Quotes.quote(keyword) + (path.isRoot() ? "" : " for " + label)
        + " accepts all the values " + c.writerLabel() + " allows there" + c.consequence(JsonComparison.holds(path, "such a value"))
        + "; " + (c.readerIsNew() ? "add an alternative that accepts them" : "write only what " + c.oldLabel() + " accepts until every reader uses the new schema") + ".";
    List<IntFunction<JsonNode>> plans = new ArrayList<>();
    for (int i = 0; i < alternatives.size() && out.explains(path); i++) {
      List<Issue> found = c.probeHere(alternatives.get(i), writer, path, out);
      if (!found.isEmpty() && found.get(0).path() == path) {
        plans.add(found.get(0).local());
      }
    }
    plans.add(Locals.sample(writer, JsonKind.all()));
    c.report(out, c.rule(Rule.SUM_TYPE_NARROWED, Rule.SUM_TYPE_EXTENDED), c.pointer(reader, writer, keyword), sentence, path, Locals.firstOf(plans));
  }

  /** The first alternative that accepts the whole writer, or -1. */
  private static int fit(JsonComparison c, List<JsonSite> alternatives, JsonView writer, InstancePath path, Sink out) {
    for (int i = 0; i < alternatives.size(); i++) {
      if (c.accepts(alternatives.get(i), writer, path, out)) {
        return i;
      }
    }
    return -1;
  }

  private static List<JsonSite> others(List<JsonSite> alternatives, int chosen) {
    List<JsonSite> others = new ArrayList<>(alternatives);
    if (chosen >= 0) {
      others.remove(chosen);
    }
    return others;
  }

  private static void overlaps(JsonComparison c, JsonSite reader, JsonView writer, List<JsonSite> alternatives, int chosen,
      InstancePath path, Sink out) {
    for (int i = 0; i < alternatives.size(); i++) {
      JsonSite other = alternatives.get(i);
      if (i == chosen || Disjointness.proved(c, other, writer, path, out)) {
        continue;
      }
      String sentence = "Values" + path.of() + " that " + c.writerLabel() + " allows may match both alternative " + chosen
          + " and alternative " + i + " of " + c.readerLabel() + "'s \"oneOf\", and \"oneOf\" rejects a value that matches more than one"
          + c.consequence(JsonComparison.holds(path, "such a value"))
          + "; make the alternatives exclusive, for example with a \"const\" property that tells them apart.";
      c.report(out, Rule.COMBINED_TYPE_SUBSCHEMAS_CHANGED, c.pointer(reader, writer, "oneOf"), sentence, path,
          Locals.sample(writer.and(other), JsonKind.all()));
      return;
    }
  }

  /** The writer split by JSON type (numbers stay together), when it writes more than one. */
  private static List<JsonView> byType(JsonView writer) {
    List<JsonView> pieces = new ArrayList<>();
    EnumSet<JsonKind> kinds = writer.kinds();
    for (JsonKind kind : kinds) {
      if (kind == JsonKind.FRACTION && kinds.contains(JsonKind.INTEGER)) {
        continue;
      }
      String type = kind == JsonKind.INTEGER && kinds.contains(JsonKind.FRACTION) ? "number" : kind.typeName();
      pieces.add(writer.and(Locals.site(Locals.schema().put("type", type), writer.anchor())));
    }
    return pieces;
  }

  private static void not(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    JsonSite excluded = reader.child("not");
    if (excluded == null || Disjointness.proved(c, excluded, writer, path, out)) {
      return;
    }
    for (JsonSite own : writer.children("not")) {
      if (c.provedWithin(own, JsonView.of(excluded), path, out)) {
        return;
      }
    }
    String sentence = "\"not\"" + path.of() + " in " + c.readerLabel() + " excludes values that " + c.writerLabel()
        + " allows" + c.consequence(JsonComparison.holds(path, "such a value")) + "; "
        + (c.readerIsNew() ? "exclude only what " + c.oldLabel() + " excludes" : "keep excluding them until every reader uses the new schema") + ".";
    c.report(out, c.rule(Rule.NOT_TYPE_EXTENDED, Rule.NOT_TYPE_NARROWED), c.pointer(reader, writer, "not"), sentence, path,
        Locals.sample(writer.and(excluded), JsonKind.all()));
  }
}
