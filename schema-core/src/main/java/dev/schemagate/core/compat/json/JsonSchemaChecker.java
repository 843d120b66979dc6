package dev.schemagate.core.compat.json;

import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.SchemaPair;
import dev.schemagate.core.sample.JsonDoc;
import dev.schemagate.core.sample.JsonView;
import dev.schemagate.core.schema.JsonSchema;
import dev.schemagate.core.schema.SchemaType;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Schema compatibility with the set meaning: the reader must accept every instance the writer
 * accepts. The rules live in one class per keyword family (types, enums, bounds, strings, numbers,
 * arrays, objects, pattern properties, required, combinators); {@link JsonComparison} walks both
 * schemas and calls them. Where a question cannot be decided in general (two regular expressions,
 * a pattern against a format, overlapping oneOf alternatives), the answer is "incompatible" and the
 * sentence says why. Every finding gets a witness when one can be confirmed within the budget.
 */
public final class JsonSchemaChecker implements FormatChecker {

  @Override
  public SchemaType type() {
    return SchemaType.JSON;
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    JsonSchema reader = (JsonSchema) pair.reader();
    JsonSchema writer = (JsonSchema) pair.writer();
    boolean sameDocuments = reader.dialect() == writer.dialect()
        && reader.nodeUnsafe().equals(writer.nodeUnsafe())
        && reader.resolvedReferences().equals(writer.resolvedReferences());
    if (sameDocuments) {
      return List.of();
    }
    JsonComparison comparison = new JsonComparison(pair);
    List<Issue> issues = comparison.run(JsonDoc.of(reader).root(), JsonView.of(JsonDoc.of(writer).root()));
    JsonWitnesses witnesses = new JsonWitnesses(reader, writer, pair.witnessBudget());
    List<Finding> findings = new ArrayList<>();
    for (Issue issue : issues) {
      findings.add(new Finding(issue.rule(), issue.pointer(), issue.sentence(), witnesses.find(issue), false));
    }
    for (Issue issue : comparison.waived()) {
      findings.add(new Finding(issue.rule(), issue.pointer(), issue.sentence(), witnesses.find(issue), true));
    }
    return findings;
  }
}
