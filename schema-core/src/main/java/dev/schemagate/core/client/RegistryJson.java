package dev.schemagate.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry API's JSON bodies: writing requests and reading answers. */
final class RegistryJson {
  static final String LEVEL = "compatibilityLevel";
  static final String POLICY = "compatibilityPolicy";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RegistryJson() {}

  /** {@code {"schema", "schemaType", "references"}}; AVRO, the API's default, is left out as Confluent clients do. */
  static ObjectNode schemaRequest(SchemaType type, String text, List<SchemaReference> references) {
    ObjectNode body = NODES.objectNode();
    body.put("schema", text);
    if (type != SchemaType.AVRO) {
      body.put("schemaType", type.name());
    }
    if (!references.isEmpty()) {
      ArrayNode refs = body.putArray("references");
      for (SchemaReference reference : references) {
        refs.addObject()
            .put("name", reference.name())
            .put("subject", reference.subject())
            .put("version", reference.version());
      }
    }
    return body;
  }

  static ObjectNode compatibilityRequest(CompatibilityLevel level) {
    return NODES.objectNode().put("compatibility", level.name());
  }

  static ObjectNode policyRequest(CompatibilityPolicy policy) {
    return NODES.objectNode().put(POLICY, policy.name());
  }

  static SubjectVersion subjectVersion(Answer answer) {
    JsonNode node = answer.json();
    return new SubjectVersion(text(answer, node, "subject"), integer(answer, node, "version"), registeredSchema(answer));
  }

  static RegisteredSchema registeredSchema(Answer answer) {
    JsonNode node = answer.json();
    String typeName = node.path("schemaType").asText("AVRO");
    SchemaType type =
        SchemaType.fromName(typeName)
            .orElseThrow(() -> answer.unusable("a " + typeName + " schema, which SchemaGate does not read (only AVRO, JSON and PROTOBUF)"));
    int id = node.has("id") ? integer(answer, node, "id") : 0;
    return new RegisteredSchema(id, type, text(answer, node, "schema"), references(answer, node));
  }

  private static List<SchemaReference> references(Answer answer, JsonNode node) {
    List<SchemaReference> references = new ArrayList<>();
    for (JsonNode reference : node.path("references")) {
      references.add(
          new SchemaReference(
              text(answer, reference, "name"), text(answer, reference, "subject"), integer(answer, reference, "version")));
    }
    return references;
  }

  static List<String> texts(Answer answer) {
    requireArray(answer);
    List<String> texts = new ArrayList<>();
    answer.json().forEach(item -> texts.add(item.asText()));
    return texts;
  }

  static List<Integer> integers(Answer answer) {
    requireArray(answer);
    List<Integer> integers = new ArrayList<>();
    answer.json().forEach(item -> integers.add(item.asInt()));
    return integers;
  }

  /** The level a config answer names, under {@code compatibilityLevel} or, as PUT answers, {@code compatibility}. */
  static CompatibilityLevel level(Answer answer) {
    return levelIfAny(answer).orElseThrow(() -> answer.malformed("has no text \"compatibilityLevel\""));
  }

  /** The level a config answer names; empty when it names none (a subject's own settings may leave it to the global level). */
  static Optional<CompatibilityLevel> levelIfAny(Answer answer) {
    JsonNode node = answer.json();
    String field = node.has(LEVEL) ? LEVEL : "compatibility";
    if (!node.has(field)) {
      return Optional.empty();
    }
    String name = text(answer, node, field);
    return Optional.of(CompatibilityLevel.fromName(name)
        .orElseThrow(() -> answer.unusable("the compatibility level \"" + name + "\", which SchemaGate does not know")));
  }

  /** The JSON Schema policy a config answer names; empty when it names none (Confluent registries keep no policy). */
  static Optional<CompatibilityPolicy> policyIfAny(Answer answer) {
    JsonNode node = answer.json();
    if (!node.has(POLICY) || node.get(POLICY).isNull()) {
      return Optional.empty();
    }
    String name = text(answer, node, POLICY);
    return Optional.of(CompatibilityPolicy.fromName(name)
        .orElseThrow(() -> answer.unusable("the compatibility policy \"" + name + "\", which SchemaGate does not know (only STRICT and LENIENT)")));
  }

  static int integer(Answer answer, JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.canConvertToInt()) {
      throw answer.malformed("has no number \"" + field + "\"");
    }
    return value.asInt();
  }

  static boolean bool(Answer answer, JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isBoolean()) {
      throw answer.malformed("has no boolean \"" + field + "\"");
    }
    return value.asBoolean();
  }

  static String text(Answer answer, JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw answer.malformed("has no text \"" + field + "\"");
    }
    return value.asText();
  }

  private static void requireArray(Answer answer) {
    if (!answer.json().isArray()) {
      throw answer.malformed("is not an array");
    }
  }
}
