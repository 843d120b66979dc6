package dev.schemagate.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension of the kit. {@link EventContractTest} registers it and it reads the
 * annotation; for configuration in code, register {@link #create} in a field and use the field as
 * the {@link EventContracts}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static EventContractsExtension contracts = EventContractsExtension.create(config -> config
 *     .classpath("schemas/")
 *     .objectMapper(OrderService.MAPPER));
 *
 * @Test
 * void order_placed_matches_contract() {
 *   contracts.assertThat(orderService.place(cart)).conformsTo("OrderPlaced");
 * }
 * }</pre>
 *
 * Either way, tests may also take an {@code EventContracts} parameter. The source is opened before
 * the first test of the class, so a wrong configuration fails the class at once with an {@link
 * ExtensionConfigurationException}.
 */
public final class EventContractsExtension implements BeforeAllCallback, ParameterResolver, EventContracts {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EventContractsExtension.class);

  static {
    QuietLogging.whenNoProviderIsPresent();
  }

  private final ContractConfig config;
  private DefaultEventContracts contracts;
  /** The field this extension is registered in, {@code com.acme.OrderTest.contracts}, once JUnit has shown it; else null. */
  private String field;

  /** The extension as {@link EventContractTest} registers it: configured by the annotation on the test class. */
  public EventContractsExtension() {
    this.config = null;
  }

  private EventContractsExtension(ContractConfig config) {
    this.config = config;
  }

  /** An extension configured in code; see {@link ContractConfig}. */
  public static EventContractsExtension create(Consumer<ContractConfig> configure) {
    ContractConfig config = new ContractConfig();
    configure.accept(config);
    return new EventContractsExtension(config);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    contracts(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EventContracts.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return contracts(context);
  }

  private EventContracts contracts(ExtensionContext context) {
    if (config != null) {
      synchronized (this) {
        if (field == null) {
          field = RegisteredField.of(this, context);
        }
      }
      return contracts();
    }
    Class<?> annotated = context.getRequiredTestClass();
    EventContractTest annotation = null;
    while (annotation == null && annotated != null) {
      annotation = AnnotationSupport.findAnnotation(annotated, EventContractTest.class).orElse(null);
      annotated = annotation == null ? annotated.getEnclosingClass() : annotated;
    }
    if (annotation == null) {
      throw new ExtensionConfigurationException("EventContractsExtension was registered on " + context.getRequiredTestClass().getName()
          + " without @EventContractTest; annotate the class or register EventContractsExtension.create(config -> ...).");
    }
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    synchronized (EventContractsExtension.class) {
      DefaultEventContracts found = store.get(annotated, DefaultEventContracts.class);
      if (found == null) {
        found = AnnotationConfig.contracts(annotation, annotated);
        store.put(annotated, found);
      }
      return found;
    }
  }

  /** The contracts of an extension made by {@link #create}; opened on first use. */
  private synchronized DefaultEventContracts contracts() {
    if (config == null) {
      throw new IllegalStateException("This extension is configured by @EventContractTest; take an EventContracts"
          + " parameter in the test instead of calling the extension.");
    }
    if (contracts == null) {
      String in = field == null ? "" : " in field " + field;
      contracts = config.build("EventContractsExtension.create(...)" + in, "schemas, classpath or registry", label -> label + in);
    }
    return contracts;
  }

  @Override
  public EventAssert assertThat(Object event) {
    return contracts().assertThat(event);
  }

  @Override
  public CapturedEvents capture() {
    return contracts().capture();
  }

  @Override
  public CapturedEvents capture(SubjectNaming naming) {
    return contracts().capture(naming);
  }

  @Override
  public void assertReaderCanRead(String readerSchema, String subject) {
    contracts().assertReaderCanRead(readerSchema, subject);
  }

  @Override
  public void assertReaderCanRead(ParsedSchema readerSchema, String subject) {
    contracts().assertReaderCanRead(readerSchema, subject);
  }

  @Override
  public void assertReaderCanRead(org.apache.avro.Schema readerSchema, String subject) {
    contracts().assertReaderCanRead(readerSchema, subject);
  }

  @Override
  public SampleEvent sample(String subject) {
    return contracts().sample(subject);
  }

  @Override
  public List<SampleEvent> samples(String subject, int count) {
    return contracts().samples(subject, count);
  }

  @Override
  public ContractSchema schema(String subject) {
    return contracts().schema(subject);
  }

  @Override
  public ContractSchema schema(String subject, int version) {
    return contracts().schema(subject, version);
  }

  @Override
  public List<Integer> versions(String subject) {
    return contracts().versions(subject);
  }

  @Override
  public EventContracts requireEnvelope() {
    return contracts().requireEnvelope();
  }

  @Override
  public EventContracts requireEnvelope(Envelope envelope) {
    return contracts().requireEnvelope(envelope);
  }

  @Override
  public EventContracts withObjectMapper(ObjectMapper mapper) {
    return contracts().withObjectMapper(mapper);
  }
}
