package dev.schemagate.core.client;

import dev.schemagate.core.SchemaGateException;

/**
 * A registry request that failed: the registry answered with an error, answered something that is
 * not the API's JSON, or could not be reached. The message names what was attempted and the URL
 * (never credentials); the registry's own {@code error_code} and message are kept as fields.
 */
public class RegistryClientException extends SchemaGateException {
  private static final long serialVersionUID = 1L;

  /** Confluent's code for "subject not found". */
  public static final int SUBJECT_NOT_FOUND = 40401;
  /** Confluent's code for "version not found". */
  public static final int VERSION_NOT_FOUND = 40402;
  /** Confluent's code for "schema not found". */
  public static final int SCHEMA_NOT_FOUND = 40403;
  /** Confluent's code for "subject compatibility level not configured". */
  public static final int SUBJECT_LEVEL_NOT_CONFIGURED = 40408;
  /** Confluent's code for "the schema is incompatible with an earlier version". */
  public static final int INCOMPATIBLE_SCHEMA = 409;
  /** Confluent's code for "invalid schema". */
  public static final int INVALID_SCHEMA = 42201;

  private final int status;
  private final int errorCode;
  private final String registryMessage;
  private final String url;

  RegistryClientException(String message, int status, int errorCode, String registryMessage, String url, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errorCode = errorCode;
    this.registryMessage = registryMessage;
    this.url = url;
  }

  /** The HTTP status of the answer; 0 when no answer came. */
  public int status() {
    return status;
  }

  /** The registry's {@code error_code}; 0 when it sent none. */
  public int errorCode() {
    return errorCode;
  }

  /** The registry's own {@code message} (or the start of a non-JSON body); empty when there was none. */
  public String registryMessage() {
    return registryMessage;
  }

  /** The URL requested, without credentials. */
  public String url() {
    return url;
  }

  /** The registry does not know the subject. */
  public boolean isSubjectNotFound() {
    return errorCode == SUBJECT_NOT_FOUND;
  }

  public boolean isVersionNotFound() {
    return errorCode == VERSION_NOT_FOUND;
  }

  public boolean isSchemaNotFound() {
    return errorCode == SCHEMA_NOT_FOUND;
  }

  /** The registry refused a schema as incompatible with the subject's history. */
  public boolean isIncompatible() {
    return errorCode == INCOMPATIBLE_SCHEMA || (errorCode == 0 && status == 409);
  }

  public boolean isInvalidSchema() {
    return errorCode == INVALID_SCHEMA;
  }

  /** No answer came: the registry could not be reached or did not answer in time. */
  public boolean isUnreachable() {
    return status == 0;
  }
}
