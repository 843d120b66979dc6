package dev.schemagate.contract;

import java.util.Objects;

/**
 * One way an event, or a reader schema, misses its contract.
 *
 * @param subject the subject whose contract was checked
 * @param version the version of the subject; 0 when no version could be found
 * @param path RFC 6901 JSON Pointer: into the event for event problems, into the reader schema for
 *     reader problems ({@code ""} for the whole)
 * @param message one plain sentence ending with the consequence or the fix
 */
public record ContractProblem(String subject, int version, String path, String message) {
  public ContractProblem {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code OrderPlaced v2 #/customer/email: <sentence>}: the line a failure prints. */
  public String describe() {
    return subject + (version > 0 ? " v" + version : "") + " #" + path + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
