package dev.schemagate.server.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.compat.CompatibilityChecker;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityReport;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.compat.VersionedSchema;
import dev.schemagate.core.schema.InvalidSchemaException;
import dev.schemagate.core.schema.SchemaParser;
import dev.schemagate.core.schema.SchemaProblem;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/**
 * What schema-core itself says about a schema or a change, written in the JSON shapes the API must
 * answer: server tests assert the exact body while the sentences stay schema-core's to word.
 */
public final class CoreExpectations {
  private CoreExpectations() {}

  /** schema-core's report for {@code candidate} against one old version (version 1). */
  public static CompatibilityReport report(SchemaType type, String old, String candidate, CompatibilityLevel level) {
    return CompatibilityChecker.create().check(
        SchemaParser.parse(type, candidate), List.of(new VersionedSchema(1, SchemaParser.parse(type, old))), level);
  }

  /** schema-core's report at a level and policy. */
  public static CompatibilityReport report(SchemaType type, String old, String candidate, CompatibilityLevel level,
      dev.schemagate.core.compat.CompatibilityPolicy policy) {
    return CompatibilityChecker.create().check(
        SchemaParser.parse(type, candidate), List.of(new VersionedSchema(1, SchemaParser.parse(type, old))), level, policy);
  }

  /** The {@code incompatibilities} array the API writes for a report. */
  public static ArrayNode incompatibilities(CompatibilityReport report) {
    return reasons(report.incompatibilities());
  }

  /** The {@code waived} array the API writes for a report. */
  public static ArrayNode waived(CompatibilityReport report) {
    return reasons(report.waived());
  }

  private static ArrayNode reasons(List<Incompatibility> reasons) {
    ArrayNode array = HttpClientForTests.MAPPER.createArrayNode();
    for (Incompatibility i : reasons) {
      ObjectNode item = array.addObject();
      item.put("rule", i.rule().name());
      item.put("path", i.path());
      item.put("oldVersion", i.oldVersion());
      item.put("direction", i.direction().name());
      item.put("message", i.message());
      if (i.witness() != null) {
        item.set("witness", i.witness());
      }
    }
    return array;
  }

  public static ArrayNode messages(CompatibilityReport report) {
    ArrayNode array = HttpClientForTests.MAPPER.createArrayNode();
    report.messages().forEach(array::add);
    return array;
  }

  /** The problems schema-core finds in an invalid schema. */
  public static List<SchemaProblem> problems(SchemaType type, String schema) {
    try {
      SchemaParser.parse(type, schema);
    } catch (InvalidSchemaException e) {
      return e.problems();
    }
    throw new AssertionError("schema-core accepts the schema");
  }
}
