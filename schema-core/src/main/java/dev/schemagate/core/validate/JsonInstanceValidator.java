package dev.schemagate.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.schemagate.core.internal.JsonValidators;
import dev.schemagate.core.schema.JsonSchema;
import java.util.ArrayList;
import java.util.List;

/** Validates instances against a JSON Schema with the networknt validator. */
final class JsonInstanceValidator implements InstanceValidator {
  private final Schema compiled;

  JsonInstanceValidator(JsonSchema schema) {
    this.compiled = JsonValidators.compile(schema.nodeUnsafe(), schema.dialect(), schema.resolvedReferences());
  }

  @Override
  public List<InstanceProblem> validate(JsonNode instance) {
    List<InstanceProblem> problems = new ArrayList<>();
    for (Error error : JsonValidators.validate(compiled, instance)) {
      String path = JsonValidators.pointer(error.getInstanceLocation());
      String detail = error.getMessage() == null ? error.getKeyword() : error.getMessage().replaceFirst("^\\S+: ", "");
      problems.add(new InstanceProblem(path, sentence(detail)));
    }
    return problems;
  }

  private static String sentence(String detail) {
    String text = detail.trim();
    if (text.isEmpty()) {
      return "The value does not match the schema.";
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
