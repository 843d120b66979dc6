package dev.schemagate.contract;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A subject or version the schema source does not have. The message starts with the setting that
 * named the source and says where it looked: {@code @EventContractTest(schemas = "x") on
 * com.acme.OrderTest: no contract for subject "OrderShipped" in directory x: looked for ...}.
 */
final class UnknownSubjectException extends ExtensionConfigurationException {
  private static final long serialVersionUID = 1L;

  private final String sentence;

  UnknownSubjectException(String setting, String sentence) {
    super(ContractConfig.sentenceAfter(setting, sentence));
    this.sentence = sentence;
  }

  /** The sentence without the setting, for a list of problems that names the source once. */
  String sentence() {
    return sentence;
  }
}
