package dev.schemagate.core.schema;

/**
 * One thing wrong with a schema document. {@code pointer} is an RFC 6901 JSON Pointer into the
 * document ("" for the whole document); {@code line} and {@code column} (1-based, 0 when unknown)
 * locate text that is not JSON at all. {@code message} is one plain sentence.
 */
public record SchemaProblem(String pointer, int line, int column, String message) {

  public static SchemaProblem at(String pointer, String message) {
    return new SchemaProblem(pointer, 0, 0, message);
  }

  public static SchemaProblem atText(int line, int column, String message) {
    return new SchemaProblem("", line, column, message);
  }

  /** Where the problem is, for people: {@code "line 3, column 7"} or {@code "#/fields/2/type"}. */
  public String location() {
    return line > 0 ? "line " + line + ", column " + column : "#" + pointer;
  }

  @Override
  public String toString() {
    return location() + ": " + message;
  }
}
