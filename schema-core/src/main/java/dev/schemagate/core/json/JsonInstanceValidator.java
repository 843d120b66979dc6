package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.schemagate.core.validate.InstanceProblem;
import dev.schemagate.core.validate.InstanceValidator;
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
      problems.add(JsonInstanceSentences.describe(error, JsonValidators.pointer(error.getInstanceLocation())));
    }
    return problems;
  }
}
