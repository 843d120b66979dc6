package dev.schemagate.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.schema.ParsedSchema;
import java.util.List;

/**
 * Proves events against their contracts. A test gets one as a parameter under {@link
 * EventContractTest}, or uses an {@link EventContractsExtension} field directly. Thread-safe.
 *
 * <pre>{@code
 * contracts.assertThat(orderService.place(cart)).conformsTo("OrderPlaced");
 * contracts.assertReaderCanRead(PaymentListener.READER_SCHEMA, "OrderPlaced");
 * listener.on(contracts.sample("OrderPlaced").as(OrderPlaced.class));
 * }</pre>
 */
public interface EventContracts {

  /**
   * Starts an assertion on one event: a POJO or record (serialized with the producer's ObjectMapper),
   * a {@code Map}, JSON text, a Jackson {@code JsonNode}, or an Avro {@code GenericRecord} or
   * {@code SpecificRecord}.
   */
  EventAssert assertThat(Object event);

  /** A sink to hand to a producer; its events' subjects come from the configured {@link SubjectNaming}. */
  CapturedEvents capture();

  CapturedEvents capture(SubjectNaming naming);

  /**
   * Fails unless the consumer's reader schema can read data written with every version of the
   * subject, listing each problem with its rule, pointer, sentence and witness.
   *
   * @param readerSchema schema text in the subject's language (Avro or JSON Schema)
   */
  void assertReaderCanRead(String readerSchema, String subject);

  void assertReaderCanRead(ParsedSchema readerSchema, String subject);

  /** For Avro consumers: {@code assertReaderCanRead(OrderPlaced.getClassSchema(), "OrderPlaced")}. */
  void assertReaderCanRead(org.apache.avro.Schema readerSchema, String subject);

  /** A valid example event of the subject's latest version, the same for the same seed. */
  SampleEvent sample(String subject);

  /**
   * Up to {@code count} distinct valid example events of the latest version (fewer only when the
   * schema allows fewer): the first ones carry the edge values of every type (empty, zero, minimum,
   * maximum, each enum symbol and union branch), then random ones.
   */
  List<SampleEvent> samples(String subject, int count);

  /** The latest version of the subject's contract. */
  ContractSchema schema(String subject);

  ContractSchema schema(String subject, int version);

  /** The subject's versions in the source, oldest first. */
  List<Integer> versions(String subject);

  /** These contracts, also checking every event for the {@link Envelope#standard()} fields. */
  EventContracts requireEnvelope();

  EventContracts requireEnvelope(Envelope envelope);

  /** These contracts, serializing POJOs with the producer's own mapper. */
  EventContracts withObjectMapper(ObjectMapper mapper);
}
