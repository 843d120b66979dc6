package dev.schemagate.server.api;

/** A request the API cannot even hand to the registry: unreadable JSON, an unknown path, a wrong method. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final int errorCode;

  ApiException(int status, int errorCode, String message) {
    super(message, null, false, false);
    this.status = status;
    this.errorCode = errorCode;
  }

  int status() {
    return status;
  }

  int errorCode() {
    return errorCode;
  }

  static ApiException unprocessable(String message) {
    return new ApiException(422, 422, message);
  }
}
