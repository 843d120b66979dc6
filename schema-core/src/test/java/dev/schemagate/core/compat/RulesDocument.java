package dev.schemagate.core.compat;

import dev.schemagate.core.schema.SchemaType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Generates {@code docs/rules.md} from the {@link Rule} enum: one table per format (rules any checker
 * may report first), each row the rule id, its format and its purpose, in the order of the enum.
 * {@link RulesDocumentTest} fails when the committed file differs and says how to regenerate it.
 */
final class RulesDocument {
  /** The document, from the module folder the tests run in. */
  static final Path FILE = Path.of("..", "docs", "rules.md");
  /** What regenerates the document, from the repository root. */
  static final String COMMAND = "./mvnw -B -q -pl schema-core test -Dtest=RulesDocumentTest -Drules.update=true";

  private RulesDocument() {}

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Rule ids\n\n")
        .append("Every incompatibility SchemaGate reports names one of these rules. Ids are stable: a retired id keeps\n")
        .append("its row and points at its replacement. Avro ids are Avro's own incompatibility types; JSON Schema ids\n")
        .append("name the change from the old version to the new one.\n\n")
        .append("This file is generated from `schema-core/src/main/java/dev/schemagate/core/compat/Rule.java`; do not\n")
        .append("edit it by hand. After changing the enum, regenerate it from the repository root with\n`")
        .append(COMMAND).append("`.\n");
    List<Optional<SchemaType>> groups = new ArrayList<>(List.of(Optional.empty()));
    Arrays.stream(SchemaType.values()).map(Optional::of).forEach(groups::add);
    for (Optional<SchemaType> format : groups) {
      List<Rule> rules = Arrays.stream(Rule.values()).filter(rule -> rule.format().equals(format)).toList();
      out.append("\n## ").append(heading(format)).append(" (").append(rules.size()).append(")\n\n")
          .append("| rule id | format | purpose |\n")
          .append("| --- | --- | --- |\n");
      for (Rule rule : rules) {
        out.append("| `").append(rule.name()).append("` | ").append(name(format)).append(" | ")
            .append(rule.purpose().replace("|", "\\|")).append(" |\n");
      }
    }
    return out.toString();
  }

  private static String heading(Optional<SchemaType> format) {
    return format.isEmpty() ? "Any format" : name(format);
  }

  private static String name(Optional<SchemaType> format) {
    return format.map(type -> switch (type) {
      case AVRO -> "Avro";
      case JSON -> "JSON Schema";
      case PROTOBUF -> "Protocol Buffers";
    }).orElse("any");
  }
}
