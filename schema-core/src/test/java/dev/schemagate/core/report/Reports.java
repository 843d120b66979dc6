package dev.schemagate.core.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.schemagate.core.compat.CompatibilityLevel;
import dev.schemagate.core.compat.CompatibilityPolicy;
import dev.schemagate.core.schema.SchemaType;
import java.util.List;

/** A check report with one subject of each kind, as the report tests read it. */
final class Reports {
  static final Problem MISSING_DEFAULT = new Problem("src/main/schemas/OrderPlaced.avsc", "/fields/2", 0, 0,
      "READER_FIELD_MISSING_DEFAULT_VALUE", "Field \"currency\" is new and has no default, so events written with version 2 cannot be read; add a default.",
      2, JsonNodeFactory.instance.objectNode().put("orderId", "o-1"));
  static final Problem NOT_JSON = new Problem("src/main/schemas/Broken.json", "", 3, 7, null,
      "The schema is not valid JSON: unexpected end-of-input.", null, null);

  private Reports() {}

  static GateReport check() {
    return new GateReport("check", "baseline src/baseline", List.of(
        new SubjectResult("Money", "src/main/schemas/Money.avsc", SchemaType.AVRO, CompatibilityLevel.BACKWARD,
            CompatibilityPolicy.STRICT, List.of(1), Outcome.COMPATIBLE, null, List.of()),
        new SubjectResult("OrderPlaced", "src/main/schemas/OrderPlaced.avsc", SchemaType.AVRO, CompatibilityLevel.FULL_TRANSITIVE,
            CompatibilityPolicy.STRICT, List.of(1, 2), Outcome.INCOMPATIBLE, null, List.of(MISSING_DEFAULT)),
        new SubjectResult("Broken", "src/main/schemas/Broken.json", SchemaType.JSON, null, CompatibilityPolicy.STRICT,
            List.of(), Outcome.INVALID, null, List.of(NOT_JSON)),
        new SubjectResult("Shipment|Sent", "src/main/schemas/Shipment|Sent.avsc", SchemaType.AVRO, null, CompatibilityPolicy.STRICT,
            List.of(), Outcome.NEW, "new subject, no earlier version in baseline src/baseline", List.of()),
        new SubjectResult("Legacy", "src/main/schemas/Legacy.avsc", SchemaType.AVRO, CompatibilityLevel.NONE,
            CompatibilityPolicy.STRICT, List.of(), Outcome.NOT_CHECKED, null, List.of())));
  }
}
