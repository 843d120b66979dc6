package dev.schemagate.core.validate;

/**
 * One way an instance (an event) does not match its schema.
 *
 * @param path RFC 6901 JSON Pointer into the instance ("" for the whole instance)
 * @param message one plain sentence
 */
public record InstanceProblem(String path, String message) {
  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + message;
  }
}
