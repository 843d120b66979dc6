package dev.schemagate.server.registry;

import dev.schemagate.core.compat.Incompatibility;
import dev.schemagate.core.schema.SchemaProblem;
import java.util.List;

/** A request the registry refuses, with the error code that says why. */
public class RegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient List<Incompatibility> incompatibilities;
  private final transient List<SchemaProblem> problems;

  public RegistryException(ErrorCode code, String message) {
    this(code, message, List.of(), List.of());
  }

  private RegistryException(
      ErrorCode code, String message, List<Incompatibility> incompatibilities, List<SchemaProblem> problems) {
    super(message, null, false, false);
    this.code = code;
    this.incompatibilities = List.copyOf(incompatibilities);
    this.problems = List.copyOf(problems);
  }

  static RegistryException incompatible(String message, List<Incompatibility> incompatibilities) {
    return new RegistryException(ErrorCode.INCOMPATIBLE_SCHEMA, message, incompatibilities, List.of());
  }

  static RegistryException invalidSchema(String message, List<SchemaProblem> problems) {
    return new RegistryException(ErrorCode.INVALID_SCHEMA, message, List.of(), problems);
  }

  public ErrorCode code() {
    return code;
  }

  /** The reasons behind an {@link ErrorCode#INCOMPATIBLE_SCHEMA}; empty otherwise. */
  public List<Incompatibility> incompatibilities() {
    return incompatibilities;
  }

  /** What is wrong with an {@link ErrorCode#INVALID_SCHEMA}, each located; empty otherwise. */
  public List<SchemaProblem> problems() {
    return problems;
  }

  static RegistryException subjectNotFound(String subject) {
    return new RegistryException(ErrorCode.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
  }

  static RegistryException versionNotFound(String subject, int version) {
    return new RegistryException(
        ErrorCode.VERSION_NOT_FOUND, "Version " + version + " not found under subject '" + subject + "'.");
  }

  static RegistryException schemaNotFound(String what) {
    return new RegistryException(ErrorCode.SCHEMA_NOT_FOUND, "Schema " + what + " not found.");
  }
}
