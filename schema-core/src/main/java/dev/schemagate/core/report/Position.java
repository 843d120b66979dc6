package dev.schemagate.core.report;

/**
 * Where in a file's text a problem is: 1-based line and column, as editors and CI annotations count
 * them.
 */
public record Position(int line, int column) {
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, not " + line + ":" + column);
    }
  }
}
