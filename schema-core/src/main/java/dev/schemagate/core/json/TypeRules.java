package dev.schemagate.core.json;

import dev.schemagate.core.compat.Rule;
import java.util.EnumSet;

/**
 * {@code type} (and the boolean schemas): the writer may write a JSON type the reader does not
 * accept. {@code "integer"} is part of {@code "number"}; an absent type is any type; {@code false}
 * accepts nothing; a writer's {@code enum}/{@code const} writes only the types of its values.
 */
final class TypeRules {
  private TypeRules() {}

  static void check(JsonComparison c, JsonSite reader, JsonView writer, InstancePath path, Sink out) {
    EnumSet<JsonKind> written = writer.kinds();
    EnumSet<JsonKind> accepted = reader.kinds();
    EnumSet<JsonKind> missing = EnumSet.copyOf(written);
    missing.removeAll(accepted);
    if (missing.isEmpty()) {
      return;
    }
    EnumSet<JsonKind> allWritten = EnumSet.copyOf(path.writtenKinds().isEmpty() ? written : path.writtenKinds());
    boolean disjoint = !accepted.isEmpty() && allWritten.stream().noneMatch(accepted::contains);
    Rule rule = disjoint ? Rule.TYPE_CHANGED : c.rule(Rule.TYPE_NARROWED, Rule.TYPE_EXTENDED);
    String pointer = c.pointer(reader, writer, "type");
    String holds = JsonComparison.holds(path, Words.instances(missing));
    String sentence;
    if (reader.isFalse()) {
      String where = path.isRoot() ? "" : " at " + path.label();
      sentence = Words.sentence(c.readerLabel()) + " is false" + where + " and accepts nothing" + c.consequence(holds)
          + "; " + (c.readerIsNew() ? "accept what " + c.oldLabel() + " accepts" : "keep it false until every reader uses the new schema") + ".";
    } else {
      EnumSet<JsonKind> oldKinds = c.oldOf(accepted, allWritten);
      EnumSet<JsonKind> newKinds = c.newOf(accepted, allWritten);
      String fix = c.readerIsNew()
          ? "keep accepting " + Words.types(missing)
          : "keep the type " + Words.types(accepted) + " until every reader uses the new schema";
      sentence = "The type" + path.of() + " changed from " + Words.types(oldKinds) + " to " + Words.types(newKinds)
          + c.consequence(holds) + "; " + fix + ".";
    }
    c.report(out, rule, pointer, sentence, path, Locals.sample(writer, missing));
  }
}
