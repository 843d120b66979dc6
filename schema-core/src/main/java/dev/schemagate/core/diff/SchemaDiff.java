package dev.schemagate.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.language.SchemaLanguages;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable semantic diff of two versions of an Avro or JSON Schema: members added, removed and
 * changed (Avro record fields matched by name, wherever they moved), each with the incompatibilities
 * it causes, found by the same checker the gate runs. Whitespace and key order are no change.
 */
public final class SchemaDiff {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CompatibilityChecker checker;

  public SchemaDiff(CompatibilityChecker checker) {
    this.checker = checker;
  }

  public SchemaDiffReport diff(VersionedSchema old, ParsedSchema current, CompatibilityLevel level, CompatibilityPolicy policy) {
    if (!SchemaLanguages.of(old.schema().type()).writtenInJson() || !SchemaLanguages.of(current.type()).writtenInJson()) {
      throw new SchemaGateException("diff compares Avro and JSON Schema documents; Protobuf schemas cannot be diffed yet.");
    }
    List<SchemaChange> changes = new ArrayList<>();
    walk(tree(old.schema()), tree(current), "", "", changes);
    CompatibilityReport report = checker.check(current, List.of(old), level, policy);
    Map<SchemaChange, List<Incompatibility>> placed = new LinkedHashMap<>();
    changes.forEach(change -> placed.put(change, new ArrayList<>()));
    List<Incompatibility> unplaced = new ArrayList<>();
    for (Incompatibility found : report.incompatibilities()) {
      SchemaChange cause = cause(found, changes);
      if (cause == null) {
        unplaced.add(found);
      } else {
        placed.get(cause).add(found);
      }
    }
    return new SchemaDiffReport(level, placed.entrySet().stream().map(e -> e.getKey().withBreaks(e.getValue())).toList(), unplaced);
  }

  private static JsonNode tree(ParsedSchema schema) {
    try {
      return JSON.readTree(schema.text());
    } catch (JsonProcessingException e) {
      throw new SchemaGateException("The schema text is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void walk(JsonNode before, JsonNode after, String oldAt, String newAt, List<SchemaChange> changes) {
    if (before.equals(after)) {
      return;
    }
    if (!before.isObject() || !after.isObject()) {
      changes.add(new SchemaChange(SchemaChange.Kind.CHANGED, oldAt, newAt, name(newAt), before, after, List.of()));
      return;
    }
    for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String oldChild = Pointers.append(oldAt, name);
      String newChild = Pointers.append(newAt, name);
      if (!before.has(name)) {
        changes.add(new SchemaChange(SchemaChange.Kind.ADDED, oldAt, newChild, name(newChild), null, after.get(name), List.of()));
      } else if (name.equals("fields") && before.get(name).isArray() && after.get(name).isArray()) {
        fields(before.get(name), after.get(name), oldChild, newChild, changes);
      } else {
        walk(before.get(name), after.get(name), oldChild, newChild, changes);
      }
    }
    for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!after.has(name)) {
        String oldChild = Pointers.append(oldAt, name);
        changes.add(new SchemaChange(SchemaChange.Kind.REMOVED, oldChild, newAt, name(oldChild), before.get(name), null, List.of()));
      }
    }
  }

  /** Avro record fields, matched by name rather than by place. */
  private static void fields(JsonNode before, JsonNode after, String oldAt, String newAt, List<SchemaChange> changes) {
    Map<String, Integer> oldIndex = new LinkedHashMap<>();
    for (int i = 0; i < before.size(); i++) {
      oldIndex.put(before.get(i).path("name").asText(), i);
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      JsonNode field = after.get(i);
      String name = field.path("name").asText();
      Integer was = oldIndex.get(name);
      String newField = Pointers.append(newAt, i);
      if (was == null) {
        changes.add(new SchemaChange(SchemaChange.Kind.ADDED, oldAt, newField, "field \"" + name + "\"", null, field, List.of()));
      } else {
        kept.add(name);
        walk(before.get(was), field, Pointers.append(oldAt, was), newField, changes);
      }
    }
    oldIndex.forEach((name, i) -> {
      if (!kept.contains(name)) {
        changes.add(new SchemaChange(SchemaChange.Kind.REMOVED, Pointers.append(oldAt, i), newAt, "field \"" + name + "\"",
            before.get(i), null, List.of()));
      }
    });
  }

  /** {@code property "email"} below {@code properties}, {@code definition "money"} below {@code $defs}, else the key in quotes. */
  static String name(String pointer) {
    if (pointer.isEmpty()) {
      return "the schema";
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    String last = Pointers.unescape(tokens[tokens.length - 1]);
    String parent = tokens.length > 1 ? tokens[tokens.length - 2] : "";
    return switch (parent) {
      case "properties", "patternProperties" -> "property \"" + last + "\"";
      case "$defs", "definitions" -> "definition \"" + last + "\"";
      default -> "\"" + last + "\"";
    };
  }

  /**
   * The change an incompatibility belongs to: the one whose place in the new schema is nearest to
   * the finding's pointer (one holds the other), the name in the sentence deciding between changes
   * in one place (two removed fields of one record).
   */
  private static SchemaChange cause(Incompatibility found, List<SchemaChange> changes) {
    SchemaChange best = null;
    int bestScore = -1;
    for (SchemaChange change : changes) {
      String at = change.newPointer();
      if (!within(found.path(), at) && !within(at, found.path())) {
        continue;
      }
      int score = Math.min(at.length(), found.path().length()) * 2 + (found.message().contains(quoted(change.what())) ? 1 : 0);
      if (score > bestScore) {
        best = change;
        bestScore = score;
      }
    }
    return best;
  }

  private static String quoted(String what) {
    int quote = what.indexOf('"');
    return quote < 0 ? what : what.substring(quote);
  }

  private static boolean within(String pointer, String ancestor) {
    return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/") || ancestor.isEmpty();
  }
}
