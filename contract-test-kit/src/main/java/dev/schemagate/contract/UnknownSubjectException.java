package dev.schemagate.contract;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** A subject or version the schema source does not have; the message says where it looked. */
final class UnknownSubjectException extends ExtensionConfigurationException {
  private static final long serialVersionUID = 1L;

  UnknownSubjectException(String message) {
    super(message);
  }
}
