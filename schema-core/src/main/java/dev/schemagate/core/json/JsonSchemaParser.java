package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.schemagate.core.schema.Pointers;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.ParsedSchema;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON Schema documents: the text must be JSON, an object or boolean, of a known draft, valid
 * against that draft's meta-schema, every {@code $ref} must point at something this document or
 * its references hold, and the validator must be able to compile it (it refuses some {@code $id}s
 * the meta-schema lets through), so that checks and instance validation never meet an error later.
 */
final class JsonSchemaParser {

  ParsedSchema parse(String text, List<SchemaReference> references, Map<String, String> resolvedReferences) {
    JsonNode document = SchemaText.parse(text);
    if (!document.isObject() && !document.isBoolean()) {
      throw new InvalidSchemaException(
          SchemaProblem.at("", "A JSON Schema must be an object or a boolean, but this document is " + kind(document) + "."));
    }
    JsonSchemaDialect dialect = dialect(document);
    Map<String, JsonNode> referenced = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : resolvedReferences.entrySet()) {
      JsonNode referencedDocument;
      try {
        referencedDocument = SchemaText.parse(entry.getValue());
      } catch (InvalidSchemaException e) {
        throw new InvalidSchemaException(
            SchemaProblem.at("", "The referenced schema \"" + entry.getKey() + "\" is not valid: " + e.getMessage()));
      }
      referenced.put(entry.getKey(), referencedDocument);
    }
    List<SchemaProblem> problems = new ArrayList<>(metaSchemaProblems(document, dialect));
    checkRefs(document, document, referenced, "", problems, new JsonRefCycles(document, referenced));
    if (!problems.isEmpty()) {
      throw new InvalidSchemaException(problems);
    }
    JsonSchema schema = new JsonSchema(text, document, dialect, references, referenced);
    try {
      JsonValidators.forSchema(schema);
    } catch (RuntimeException | StackOverflowError uncompilable) {
      throw new InvalidSchemaException(JsonSchemaWords.uncompilable(document, uncompilable.getMessage()));
    }
    return schema;
  }

  private static JsonSchemaDialect dialect(JsonNode document) {
    JsonNode declared = document.path("$schema");
    if (declared.isMissingNode()) {
      return JsonSchemaDialect.DEFAULT;
    }
    if (!declared.isTextual()) {
      throw new InvalidSchemaException(
          SchemaProblem.at("/$schema", "\"$schema\" must be the URI of a JSON Schema draft, but it is " + kind(declared) + "."));
    }
    return JsonSchemaDialect.fromId(declared.asText())
        .orElseThrow(
            () ->
                new InvalidSchemaException(
                    SchemaProblem.at(
                        "/$schema",
                        "\"$schema\" names \"" + declared.asText() + "\", which is not a draft SchemaGate reads;"
                            + " use drafts 4, 6, 7, 2019-09 or 2020-12, or leave it out for draft 7.")));
  }

  /**
   * One problem per wrong value, in plain words: errors the meta-schema reports at one place (or
   * inside one keyword's value) make one sentence, at the most precise pointer.
   */
  private static List<SchemaProblem> metaSchemaProblems(JsonNode document, JsonSchemaDialect dialect) {
    Map<String, String> details = new LinkedHashMap<>();
    for (Error error : JsonValidators.metaSchema(dialect).validate(document)) {
      String detail = error.getMessage() == null ? error.getKeyword() : error.getMessage().replaceFirst("^\\S+: ", "").replaceAll("\\.$", "");
      details.putIfAbsent(JsonValidators.pointer(error.getInstanceLocation()), detail);
    }
    List<String> deepestFirst = new ArrayList<>(details.keySet());
    deepestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
    Map<String, SchemaProblem> bySubject = new LinkedHashMap<>();
    for (String pointer : deepestFirst) {
      String sentence = JsonSchemaWords.describe(document, pointer, dialect, details.get(pointer));
      int cut = sentence.indexOf(" must be ");
      bySubject.putIfAbsent(cut < 0 ? sentence : sentence.substring(0, cut), SchemaProblem.at(pointer, sentence));
    }
    List<String> documentOrder = new ArrayList<>(details.keySet());
    List<SchemaProblem> problems = new ArrayList<>(bySubject.values());
    problems.sort(java.util.Comparator.comparingInt(problem -> documentOrder.indexOf(problem.pointer())));
    return problems;
  }

  private static void checkRefs(JsonNode root, JsonNode node, Map<String, JsonNode> referenced, String pointer,
      List<SchemaProblem> problems, JsonRefCycles cycles) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && JsonRefs.resolve(root, ref.asText(), referenced).isEmpty()) {
        problems.add(
            SchemaProblem.at(
                Pointers.append(pointer, "$ref"),
                "\"$ref\" \"" + ref.asText() + "\" points at nothing: it is not a location in this document"
                    + " and not the name of one of the schema's references; fix the pointer or add the reference."));
      } else if (ref != null && ref.isTextual()) {
        cycles.cycle(node, ref.asText()).ifPresent(target -> problems.add(
            SchemaProblem.at(
                Pointers.append(pointer, "$ref"),
                "\"$ref\" \"" + ref.asText() + "\" leads back to " + (pointer.isEmpty() ? "the top level" : pointer)
                    + " without going into a property or an item first, so a validator would check the same value"
                    + " forever; refer to the schema from inside \"properties\" or \"items\" instead.")));
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!JsonRefs.DATA_KEYWORDS.contains(field.getKey())) {
          checkRefs(root, field.getValue(), referenced, Pointers.append(pointer, field.getKey()), problems, cycles);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkRefs(root, node.get(i), referenced, Pointers.append(pointer, i), problems, cycles);
      }
    }
  }

  static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return "an object";
  }
}
