package dev.schemagate.core;

/**
 * The one unchecked root of every exception schema-core throws. A compatibility break is not an
 * exception: it is a {@link dev.schemagate.core.compat.CompatibilityReport}.
 */
public class SchemaGateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchemaGateException(String message) {
    super(message);
  }

  public SchemaGateException(String message, Throwable cause) {
    super(message, cause);
  }
}
