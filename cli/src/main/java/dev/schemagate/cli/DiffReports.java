package dev.schemagate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.diff.SchemaChange;
import dev.schemagate.core.diff.SchemaDiffReport;
import dev.schemagate.core.report.PointerPositions;
import dev.schemagate.core.report.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words and the JSON of {@code schemagate diff}. */
final class DiffReports {
  private DiffReports() {}

  static List<String> text(SchemaDiffReport report, DiffCommand.Side before, DiffCommand.Side after) {
    List<String> lines = new ArrayList<>();
    lines.add("Comparing " + before.shown() + " (version " + before.schema().version() + ") with " + after.shown() + " at " + report.level());
    for (SchemaChange change : report.changes()) {
      String kind = change.kind().name().toLowerCase(Locale.ROOT);
      String values = switch (change.kind()) {
        case ADDED -> ": " + change.after();
        case REMOVED -> " (was " + change.before() + ")";
        case CHANGED -> " from " + change.before() + " to " + change.after();
      };
      lines.add(location(change, before, after) + ": " + kind + " " + change.what() + values);
      if (change.breaks().isEmpty()) {
        lines.add("    compatible at " + report.level());
      }
      change.breaks().forEach(found -> lines.add("    breaks " + report.level() + ": " + found.message() + " [" + found.rule() + "]"));
    }
    report.unplaced().forEach(found -> lines.add(after.shown() + "#" + found.path() + ": breaks " + report.level() + ": " + found.message()
        + " [" + found.rule() + "]"));
    return lines;
  }

  static String lastLine(SchemaDiffReport report, DiffCommand.Side before, DiffCommand.Side after) {
    int changes = report.changes().size();
    if (changes == 0 && report.isCompatible()) {
      return "SchemaGate diff: " + after.shown() + " has no change from " + before.shown() + ".";
    }
    String counted = changes + (changes == 1 ? " change" : " changes");
    if (report.isCompatible()) {
      return "SchemaGate diff: " + counted + ", all compatible at " + report.level() + ".";
    }
    return "SchemaGate diff: " + counted + ", " + report.breakingChanges() + " breaking at " + report.level()
        + ". Undo the breaking changes as their lines say, or publish the schema under a new subject.";
  }

  static ObjectNode json(SchemaDiffReport report, DiffCommand.Side before, DiffCommand.Side after) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("old", before.shown());
    root.put("oldVersion", before.schema().version());
    root.put("new", after.shown());
    root.put("level", report.level().name());
    root.put("compatible", report.isCompatible());
    ArrayNode changes = root.putArray("changes");
    for (SchemaChange change : report.changes()) {
      ObjectNode node = changes.addObject();
      node.put("change", change.kind().name());
      node.put("what", change.what());
      node.put("oldPointer", change.oldPointer());
      node.put("newPointer", change.newPointer());
      position(change, before, after).ifPresent(at -> node.put("file", at.file()).put("line", at.position().line())
          .put("column", at.position().column()));
      putIfPresent(node, "before", change.before());
      putIfPresent(node, "after", change.after());
      ArrayNode breaks = node.putArray("breaks");
      change.breaks().forEach(found -> breaks.add(finding(found)));
    }
    ArrayNode unplaced = root.putArray("otherBreaks");
    report.unplaced().forEach(found -> unplaced.add(finding(found)));
    return root;
  }

  private record Located(String file, Position position) {}

  /** A removed member is shown where it was in the old file, anything else where it is in the new one. */
  private static Optional<Located> position(SchemaChange change, DiffCommand.Side before, DiffCommand.Side after) {
    boolean removed = change.kind() == SchemaChange.Kind.REMOVED;
    DiffCommand.Side side = removed ? before : after;
    return PointerPositions.locate(side.schema().schema().text(), removed ? change.oldPointer() : change.newPointer())
        .map(position -> new Located(side.shown(), position));
  }

  private static String location(SchemaChange change, DiffCommand.Side before, DiffCommand.Side after) {
    boolean removed = change.kind() == SchemaChange.Kind.REMOVED;
    String pointer = removed ? change.oldPointer() : change.newPointer();
    return position(change, before, after).map(at -> at.file() + ":" + at.position().line() + ":" + at.position().column())
        .orElse((removed ? before : after).shown()) + "#" + pointer;
  }

  private static ObjectNode finding(Incompatibility found) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("rule", found.rule().name());
    node.put("pointer", found.path());
    node.put("message", found.message());
    putIfPresent(node, "witness", found.witness());
    return node;
  }

  private static void putIfPresent(ObjectNode node, String name, JsonNode value) {
    if (value != null) {
      node.set(name, value);
    }
  }
}
