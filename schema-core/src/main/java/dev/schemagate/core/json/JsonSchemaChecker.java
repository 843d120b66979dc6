package dev.schemagate.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Finding;
import dev.schemagate.core.compat.FormatChecker;
import dev.schemagate.core.compat.SchemaPair;
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

  /** The verdict alone: the comparison without witnesses; waived differences do not count. */
  @Override
  public boolean compatible(SchemaPair pair) {
    JsonSchema reader = (JsonSchema) pair.reader();
    JsonSchema writer = (JsonSchema) pair.writer();
    return sameDocuments(reader, writer)
        || new JsonComparison(pair).run(JsonDoc.of(reader).root(), JsonView.of(JsonDoc.of(writer).root()), false).isEmpty();
  }

  private static boolean sameDocuments(JsonSchema reader, JsonSchema writer) {
    return reader.dialect() == writer.dialect()
        && reader.nodeUnsafe().equals(writer.nodeUnsafe())
        && reader.resolvedReferences().equals(writer.resolvedReferences());
  }

  @Override
  public List<Finding> check(SchemaPair pair) {
    JsonSchema reader = (JsonSchema) pair.reader();
    JsonSchema writer = (JsonSchema) pair.writer();
    if (sameDocuments(reader, writer)) {
      return List.of();
    }
    JsonComparison comparison = new JsonComparison(pair);
    List<Issue> issues = comparison.run(JsonDoc.of(reader).root(), JsonView.of(JsonDoc.of(writer).root()), true);
    JsonWitnesses witnesses = new JsonWitnesses(reader, writer, pair.witnessBudget());
    List<Finding> findings = new ArrayList<>();
    for (Issue issue : issues) {
      findings.add(finding(issue, witnesses, pair, false));
    }
    for (Issue issue : comparison.waived()) {
      findings.add(finding(issue, witnesses, pair, true));
    }
    return findings;
  }

  /**
   * The finding with its witness. When a full search confirms none, the sentence says so: the
   * break is then one SchemaGate cannot prove, counted as a break to be safe.
   */
  private static Finding finding(Issue issue, JsonWitnesses witnesses, SchemaPair pair, boolean waived) {
    boolean couldSearch = pair.witnessBudget().remaining() > 0;
    JsonNode witness = witnesses.find(issue);
    String sentence = issue.sentence();
    boolean searchedFully = couldSearch && pair.witnessBudget().remaining() > 0;
    if (witness == null && searchedFully && !sentence.contains("cannot prove") && !sentence.contains("could not be proved")) {
      sentence = unproved(sentence);
    }
    return new Finding(issue.rule(), issue.pointer(), sentence, witness, waived);
  }

  /** "X; fix." becomes "X, though SchemaGate found no instance that shows it and cannot prove it; fix." */
  static String unproved(String sentence) {
    String clause = ", though SchemaGate found no instance that shows it and cannot prove it";
    int fix = sentence.lastIndexOf("; ");
    if (fix < 0) {
      return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) + clause + "." : sentence + clause;
    }
    return sentence.substring(0, fix) + clause + sentence.substring(fix);
  }
}
