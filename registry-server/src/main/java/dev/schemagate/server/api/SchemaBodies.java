package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.schema.SchemaReference;
import dev.schemagate.core.schema.SchemaType;
import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.RegistryException;
import dev.schemagate.server.registry.SchemaRequest;
import dev.schemagate.server.registry.SchemaVersion;
import dev.schemagate.server.store.StoredSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The JSON shapes of schemas in requests and responses, as Confluent clients send and read them. */
final class SchemaBodies {
  private SchemaBodies() {}

  /** {@code {"schema": "...", "schemaType": "AVRO", "references": [...], "id": n, "version": n, ...}}. */
  static SchemaRequest decode(ObjectNode body) {
    JsonNode schema = body.path("schema");
    if (!schema.isTextual()) {
      throw invalid(
          schema.isMissingNode() || schema.isNull()
              ? "The request has no \"schema\"; send the schema document as a JSON string in \"schema\"."
              : "\"schema\" must be the schema document as a JSON string, not " + Http.kind(schema) + ".");
    }
    if (schema.asText().isBlank()) {
      throw invalid("\"schema\" is empty; send the schema document itself.");
    }
    return new SchemaRequest(
        schema.asText(),
        schemaType(body.path("schemaType")),
        references(body.path("references")),
        schemaId(body),
        optionalInt(body, "version"),
        optionalObject(body, "metadata"),
        optionalObject(body, "ruleSet"));
  }

  private static SchemaType schemaType(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return SchemaType.AVRO;
    }
    if (!value.isTextual()) {
      throw invalid("\"schemaType\" must be a string such as \"AVRO\" or \"JSON\", not " + Http.kind(value) + ".");
    }
    return SchemaType.fromName(value.asText())
        .filter(type -> type.name().equals(value.asText()))
        .orElseThrow(
            () ->
                invalid(
                    "Unknown schema type \"" + value.asText() + "\"; this registry reads (in capitals) "
                        + Arrays.stream(SchemaType.values()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
  }

  private static List<SchemaReference> references(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw invalid("\"references\" must be an array of {\"name\", \"subject\", \"version\"}, not " + Http.kind(value) + ".");
    }
    List<SchemaReference> references = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode reference = value.get(i);
      JsonNode name = reference.path("name");
      JsonNode subject = reference.path("subject");
      JsonNode version = reference.path("version");
      if (!name.isTextual() || name.asText().isEmpty() || !subject.isTextual() || subject.asText().isEmpty()
          || !version.canConvertToInt() || !version.isIntegralNumber()) {
        throw invalid(
            "references/" + i + " must have a non-empty string \"name\" and \"subject\" and a whole-number"
                + " \"version\"; it is " + reference + ".");
      }
      String problem = Http.subjectProblem(subject.asText());
      if (problem != null) {
        throw invalid("references/" + i + " names the subject '" + Http.shown(subject.asText()) + "', which is not valid: "
            + problem + ".");
      }
      references.add(new SchemaReference(name.asText(), subject.asText(), version.asInt()));
    }
    return references;
  }

  /** An imported schema's id: 1 to 2147483647, as Confluent's ids are; -1 (or none) lets the registry choose. */
  private static Integer schemaId(ObjectNode body) {
    Integer id = optionalInt(body, "id");
    if (id != null && id != -1 && id < 1) {
      throw ApiException.unprocessable("\"id\" must be a schema id from 1 to 2147483647 (or -1 for none), not " + id + ".");
    }
    return id;
  }

  private static Integer optionalInt(ObjectNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw ApiException.unprocessable("\"" + field + "\" must be a whole number, not " + value + ".");
    }
    return value.asInt();
  }

  private static JsonNode optionalObject(ObjectNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw ApiException.unprocessable("\"" + field + "\" must be a JSON object, not " + Http.kind(value) + ".");
    }
    return value;
  }

  private static RegistryException invalid(String message) {
    return new RegistryException(ErrorCode.INVALID_SCHEMA, message);
  }

  /** {@code GET /schemas/ids/{id}}: the schema string, its type and references. */
  static ObjectNode schema(StoredSchema schema) {
    ObjectNode node = Http.object();
    node.put("schemaType", schema.type().name());
    node.put("schema", schema.text());
    addDetails(node, schema);
    return node;
  }

  /** A subject version: {@code subject, version, id, schemaType, schema} and references when any. */
  static ObjectNode version(SchemaVersion version) {
    ObjectNode node = Http.object();
    node.put("subject", version.subject());
    node.put("version", version.version());
    node.put("id", version.id());
    node.put("schemaType", version.schema().type().name());
    node.put("schema", version.schema().text());
    addDetails(node, version.schema());
    if (version.deleted()) {
      node.put("deleted", true);
    }
    return node;
  }

  /** What a registration answers: the id, and the version it landed as. */
  static ObjectNode registered(SchemaVersion version) {
    ObjectNode node = Http.object();
    node.put("id", version.id());
    node.put("version", version.version());
    node.put("schemaType", version.schema().type().name());
    node.put("schema", version.schema().text());
    addDetails(node, version.schema());
    return node;
  }

  private static void addDetails(ObjectNode node, StoredSchema schema) {
    if (!schema.references().isEmpty()) {
      ArrayNode references = node.putArray("references");
      for (SchemaReference reference : schema.references()) {
        references.addObject().put("name", reference.name()).put("subject", reference.subject()).put("version", reference.version());
      }
    }
    putJson(node, "metadata", schema.metadata());
    putJson(node, "ruleSet", schema.ruleSet());
  }

  private static void putJson(ObjectNode node, String field, String json) {
    if (json == null) {
      return;
    }
    try {
      node.set(field, Http.MAPPER.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("stored " + field + " is not JSON", e);
    }
  }
}
