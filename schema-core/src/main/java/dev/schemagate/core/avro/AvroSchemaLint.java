package dev.schemagate.core.avro;

import dev.schemagate.core.internal.Quotes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.internal.Json;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the common mistakes in an Avro schema document before Avro's parser sees it, so that every
 * one of them is reported at once, located by a JSON pointer and explained in one sentence (Avro
 * stops at the first and names no place): missing {@code type} or {@code name}, names that are not
 * Avro names, types used but never defined, types defined twice, duplicate fields, enum symbols and
 * union branches, bad fixed sizes, missing {@code items}/{@code values}, defaults that do not fit
 * their field, and logical types on the wrong base type (see {@link AvroValueRules}).
 *
 * <p>It reads the document twice: {@link AvroDefinitions} first indexes every named type (which
 * reports types defined twice), then this class checks the schema at each place against it.
 */
final class AvroSchemaLint {
  private static final Set<String> COMPLEX = Set.of("record", "error", "enum", "fixed", "array", "map");
  private static final Set<String> ORDERS = Set.of("ascending", "descending", "ignore");

  private final List<SchemaProblem> problems = new ArrayList<>();
  private AvroDefinitions definitions;

  private AvroSchemaLint() {}

  /** Every problem found, in document order; empty when the document looks like a valid schema. */
  public static List<SchemaProblem> problems(JsonNode document, Collection<String> referencedFullNames) {
    AvroSchemaLint lint = new AvroSchemaLint();
    lint.definitions = AvroDefinitions.of(document, referencedFullNames, lint::problem);
    lint.check(document, "", "", false);
    return lint.problems;
  }

  private void problem(String pointer, String message) {
    problems.add(SchemaProblem.at(pointer, message));
  }


  private void check(JsonNode node, String pointer, String namespace, boolean inUnion) {
    if (node.isTextual()) {
      checkReference(node.asText(), pointer, namespace);
    } else if (node.isArray()) {
      checkUnion(node, pointer, namespace, inUnion);
    } else if (node.isObject()) {
      checkObject(node, pointer, namespace);
    } else {
      problem(pointer, "A schema must be a type name, a union (an array) or an object with a \"type\", not "
          + Json.write(node) + ".");
    }
  }

  private void checkReference(String name, String pointer, String namespace) {
    if (AvroNames.PRIMITIVES.contains(name)) {
      return;
    }
    if (COMPLEX.contains(name)) {
      problem(pointer, "The type " + Quotes.quote(name) + " needs an object around it, e.g. {\"type\": " + Quotes.quote(name)
          + ", ...} with its " + (name.equals("array") ? "\"items\"" : name.equals("map") ? "\"values\"" : "\"name\"")
          + ".");
    } else if (!definitions.isDefined(name, namespace)) {
      problem(pointer, "The type " + Quotes.quote(name) + " is not defined; define it in this schema or add a reference to"
          + " the schema that defines it.");
    }
  }

  private void checkUnion(JsonNode union, String pointer, String namespace, boolean inUnion) {
    if (inUnion) {
      problem(pointer, "A union cannot hold another union directly; list its branches in the outer union instead.");
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < union.size(); i++) {
      JsonNode branch = union.get(i);
      String branchPointer = Pointers.append(pointer, i);
      check(branch, branchPointer, namespace, true);
      String key = branchKey(branch, namespace);
      Integer first = key == null ? null : seen.putIfAbsent(key, i);
      if (first != null) {
        problem(branchPointer, "The union has " + Quotes.quote(key) + " twice (also at #" + Pointers.append(pointer, first)
            + "); a union may hold each type once, named types once per name.");
      }
    }
  }

  /** What makes a union branch distinct: the full name of a named type, otherwise the type. */
  private String branchKey(JsonNode branch, String namespace) {
    if (branch.isTextual()) {
      return AvroNames.PRIMITIVES.contains(branch.asText()) ? branch.asText() : AvroNames.fullName(branch.asText(), namespace);
    }
    String type = branch.path("type").asText(null);
    if (type != null && AvroNames.NAMED.contains(type) && branch.path("name").isTextual()) {
      return AvroNames.fullName(branch.path("name").asText(), AvroNames.namespaceInside(branch, namespace));
    }
    return type;
  }

  private void checkObject(JsonNode node, String pointer, String namespace) {
    JsonNode typeNode = node.get("type");
    if (typeNode == null) {
      problem(pointer, "The schema has no \"type\"; add one, e.g. \"type\": \"record\".");
      return;
    }
    if (!typeNode.isTextual()) {
      problem(Pointers.append(pointer, "type"), "The \"type\" of a schema object must be a type name such as"
          + " \"record\" or \"string\"; a nested schema belongs in a field's \"type\", in \"items\" or in \"values\".");
      return;
    }
    String type = typeNode.asText();
    String inner = AvroNames.namespaceInside(node, namespace);
    switch (type) {
      case "record", "error" -> checkRecord(node, pointer, inner);
      case "enum" -> checkEnum(node, pointer, inner);
      case "fixed" -> checkFixed(node, pointer, inner);
      case "array" -> checkChild(node, pointer, inner, "items", "The array has no \"items\"; say what it holds, e.g."
          + " \"items\": \"string\".");
      case "map" -> checkChild(node, pointer, inner, "values", "The map has no \"values\"; say what it holds, e.g."
          + " \"values\": \"string\".");
      default -> {
        if (!AvroNames.PRIMITIVES.contains(type)) {
          problem(Pointers.append(pointer, "type"), definitions.resolve(type, namespace) != null
              ? "Use the named type " + Quotes.quote(type) + " by its name alone, \"" + type + "\", not inside an object."
              : "The type " + Quotes.quote(type) + " is not an Avro type; use a primitive type, \"record\", \"enum\","
                  + " \"array\", \"map\" or \"fixed\".");
        }
      }
    }
    AvroValueRules.checkLogicalType(node, pointer, this::problem);
  }

  private void checkChild(JsonNode node, String pointer, String namespace, String child, String missing) {
    if (node.get(child) == null) {
      problem(pointer, missing);
    } else {
      check(node.get(child), Pointers.append(pointer, child), namespace, false);
    }
  }

  private void checkNamed(JsonNode node, String pointer, String kind) {
    JsonNode name = node.get("name");
    if (name == null || !name.isTextual()) {
      problem(pointer, "The " + kind + " has no \"name\"; give it one, e.g. \"name\": \"OrderPlaced\".");
    } else {
      checkFullName(name.asText(), Pointers.append(pointer, "name"), kind + " name");
      if (AvroNames.PRIMITIVES.contains(name.asText())) {
        problem(Pointers.append(pointer, "name"), "The name " + Quotes.quote(name.asText()) + " belongs to a primitive type;"
            + " choose another name.");
      }
    }
    JsonNode namespace = node.get("namespace");
    if (namespace != null && !namespace.isNull()) {
      if (!namespace.isTextual()) {
        problem(Pointers.append(pointer, "namespace"), "The \"namespace\" must be text such as \"com.example\".");
      } else if (!namespace.asText().isEmpty()) {
        checkFullName(namespace.asText(), Pointers.append(pointer, "namespace"), "namespace");
      }
    }
    JsonNode aliases = node.path("aliases");
    for (int i = 0; aliases.isArray() && i < aliases.size(); i++) {
      checkFullName(aliases.get(i).asText(""), pointer + "/aliases/" + i, "alias");
    }
  }

  private void checkFullName(String name, String pointer, String what) {
    if (!AvroNames.isValidFullName(name)) {
      problem(pointer, "The " + what + " " + Quotes.quote(name) + " is not a valid Avro name: each part starts with a"
          + " letter or \"_\" and holds only letters, digits and \"_\".");
    }
  }

  private void checkRecord(JsonNode node, String pointer, String namespace) {
    checkNamed(node, pointer, "record");
    JsonNode fields = node.get("fields");
    String record = named("record", node);
    if (fields == null || !fields.isArray()) {
      problem(pointer, capitalized(record) + " needs \"fields\", an array of fields (it may be empty).");
      return;
    }
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      checkField(fields.get(i), pointer + "/fields/" + i, namespace, record, names, i);
    }
  }

  private void checkField(JsonNode field, String pointer, String namespace, String record, Map<String, Integer> names,
      int index) {
    if (!field.isObject()) {
      problem(pointer, "A field of " + record + " must be an object with a \"name\" and a \"type\".");
      return;
    }
    JsonNode name = field.get("name");
    String label = name != null && name.isTextual() ? "Field " + Quotes.quote(name.asText()) : "The field";
    if (name == null || !name.isTextual()) {
      problem(pointer, "A field of " + record + " has no \"name\"; give it one.");
    } else if (!AvroNames.isValidName(name.asText())) {
      problem(Pointers.append(pointer, "name"), label + " is not a valid Avro name: it starts with a letter or \"_\""
          + " and holds only letters, digits and \"_\".");
    } else {
      Integer first = names.putIfAbsent(name.asText(), index);
      if (first != null) {
        problem(Pointers.append(pointer, "name"), capitalized(record) + " has two fields named " + Quotes.quote(name.asText())
            + " (the other at #" + pointer.substring(0, pointer.lastIndexOf('/') + 1) + first + "); rename one.");
      }
    }
    JsonNode order = field.get("order");
    if (order != null && !ORDERS.contains(order.asText(""))) {
      problem(Pointers.append(pointer, "order"), label + " has the order " + Json.write(order)
          + "; use \"ascending\", \"descending\" or \"ignore\".");
    }
    JsonNode type = field.get("type");
    if (type == null) {
      problem(pointer, label + " has no \"type\"; give it one, e.g. \"type\": \"string\".");
      return;
    }
    check(type, Pointers.append(pointer, "type"), namespace, false);
    if (field.has("default")) {
      String wrong = new AvroValueRules(definitions).defaultProblem(type, namespace, field.get("default"));
      if (wrong != null) {
        problem(Pointers.append(pointer, "default"), label + " has the default " + Json.write(field.get("default"))
            + ", " + wrong);
      }
    }
  }

  private void checkEnum(JsonNode node, String pointer, String namespace) {
    checkNamed(node, pointer, "enum");
    String name = named("enum", node);
    JsonNode symbols = node.get("symbols");
    if (symbols == null || !symbols.isArray()) {
      problem(pointer, capitalized(name) + " needs \"symbols\", an array of names.");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < symbols.size(); i++) {
      String symbol = symbols.get(i).asText("");
      String at = pointer + "/symbols/" + i;
      if (!symbols.get(i).isTextual() || !AvroNames.isValidName(symbol)) {
        problem(at, "The symbol " + Json.write(symbols.get(i)) + " of " + name + " is not a valid Avro name: it"
            + " starts with a letter or \"_\" and holds only letters, digits and \"_\".");
      } else if (!seen.add(symbol)) {
        problem(at, capitalized(name) + " lists the symbol " + Quotes.quote(symbol) + " twice; list each symbol once.");
      }
    }
    JsonNode enumDefault = node.get("default");
    if (enumDefault != null && !(enumDefault.isTextual() && seen.contains(enumDefault.asText()))) {
      problem(Pointers.append(pointer, "default"), "The default " + Json.write(enumDefault) + " of " + name
          + " is not one of its symbols; use one of them.");
    }
  }

  private void checkFixed(JsonNode node, String pointer, String namespace) {
    checkNamed(node, pointer, "fixed");
    JsonNode size = node.get("size");
    if (size == null || !size.isIntegralNumber() || !size.canConvertToInt() || size.asInt() < 0) {
      problem(size == null ? pointer : Pointers.append(pointer, "size"), capitalized(named("fixed", node))
          + " needs a \"size\": a whole number of bytes, 0 or more.");
    }
  }


  /** {@code record "OrderPlaced"}, or {@code the unnamed record} when the schema gives it no name yet. */
  static String named(String kind, JsonNode node) {
    JsonNode name = node.path("name");
    return name.isTextual() && !name.asText().isEmpty() ? kind + " " + Quotes.quote(name.asText()) : "the unnamed " + kind;
  }

  static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
