package dev.schemagate.contract;

/**
 * An assertion on one event, started by {@link EventContracts#assertThat(Object)}.
 *
 * <pre>{@code
 * contracts.assertThat(event).conformsTo("OrderPlaced");      // the latest version
 * contracts.assertThat(event).conformsTo("OrderPlaced", 2);   // a pinned version
 * }</pre>
 */
public final class EventAssert {
  private final DefaultEventContracts contracts;
  private final Object event;

  EventAssert(DefaultEventContracts contracts, Object event) {
    this.contracts = contracts;
    this.event = event;
  }

  /**
   * Fails with a {@link ContractViolation} listing every problem unless the event conforms to the
   * subject's latest version.
   *
   * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the source has no
   *     such subject
   */
  public EventAssert conformsTo(String subject) {
    contracts.check(event, contracts.schema(subject));
    return this;
  }

  /** As {@link #conformsTo(String)}, against one version of the subject. */
  public EventAssert conformsTo(String subject, int version) {
    contracts.check(event, contracts.schema(subject, version));
    return this;
  }
}
