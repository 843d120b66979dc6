package dev.schemagate.core.schema;

import dev.schemagate.core.SchemaGateException;
import java.util.List;
import java.util.stream.Collectors;

/** A schema that cannot be used, with every problem found in it, each located. */
public class InvalidSchemaException extends SchemaGateException {
  private static final long serialVersionUID = 1L;

  private final transient List<SchemaProblem> problems;

  public InvalidSchemaException(List<SchemaProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public InvalidSchemaException(SchemaProblem problem) {
    this(List.of(problem));
  }

  public List<SchemaProblem> problems() {
    return problems;
  }

  private static String describe(List<SchemaProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid schema needs at least one problem");
    }
    return problems.stream().map(SchemaProblem::toString).collect(Collectors.joining(" "));
  }
}
