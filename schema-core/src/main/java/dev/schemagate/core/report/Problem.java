package dev.schemagate.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.Comparator;

/**
 * One problem, located in a file: {@code src/main/schemas/OrderPlaced.avsc#/fields/3: <sentence>
 * [RULE] (vs version 2)}, or {@code file:3:7: <sentence>} for text that is not JSON at all.
 *
 * @param pointer RFC 6901 pointer into the file, "" for the whole document
 * @param line 1-based line for text problems, else 0
 * @param rule the rule id, or null for a problem that is not a compatibility rule
 * @param oldVersion the earlier version compared with, or null
 * @param witness an instance that shows the break, or null
 * @param position where the problem is in the file's text, or null when unknown (a registry version)
 */
public record Problem(
    String file, String pointer, int line, int column, String rule, String message, Integer oldVersion, JsonNode witness,
    Position position) {

  /** A problem whose position is its line and column, if it has them. */
  public Problem(String file, String pointer, int line, int column, String rule, String message, Integer oldVersion, JsonNode witness) {
    this(file, pointer, line, column, rule, message, oldVersion, witness, line > 0 ? new Position(line, Math.max(column, 1)) : null);
  }

  /**
   * The order problems are shown in, whatever order a checker found them in: the newest version
   * compared with first, then by place in the document (array indexes as numbers), then by rule.
   */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.oldVersion() == null ? Integer.MAX_VALUE : p.oldVersion(), Comparator.reverseOrder())
          .thenComparing(Problem::pointer, Problem::comparePointers)
          .thenComparing(p -> p.rule() == null ? "" : p.rule());

  public static Problem of(Incompatibility incompatibility, String file) {
    return new Problem(file, incompatibility.path(), 0, 0, incompatibility.rule().name(), incompatibility.message(),
        incompatibility.oldVersion(), incompatibility.witness());
  }

  public static Problem of(SchemaProblem problem, String file) {
    return new Problem(file, problem.pointer(), problem.line(), problem.column(), null, problem.message(), null, null);
  }

  /**
   * The same problem located in {@code text}, the file's own text: by its line and column when it
   * has them, else by resolving its pointer.
   */
  public Problem locatedIn(String text) {
    if (position != null || text == null) {
      return this;
    }
    return new Problem(file, pointer, line, column, rule, message, oldVersion, witness,
        PointerPositions.locate(text, pointer).orElse(null));
  }

  /** A problem of the whole file, such as a refusal by the registry. */
  public static Problem ofFile(String file, String message) {
    return new Problem(file, "", 0, 0, null, message, null, null);
  }

  /** {@code file#/pointer} or {@code file:line:column}. */
  public String location() {
    return line > 0 ? file + ":" + line + ":" + column : file + "#" + pointer;
  }

  /** The one line every output shows. */
  public String describe() {
    return location() + ": " + message + (rule == null ? "" : " [" + rule + "]")
        + (oldVersion == null ? "" : " (vs version " + oldVersion + ")");
  }

  private static int comparePointers(String a, String b) {
    String[] left = a.split("/", -1);
    String[] right = b.split("/", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      boolean numbers = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}");
      int order = numbers ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i])) : left[i].compareTo(right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }
}
