package dev.schemagate.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.language.SampleGenerator;
import dev.schemagate.core.language.SchemaLanguages;
import java.util.ArrayList;
import java.util.List;

/**
 * Example events of a contract from schema-core's deterministic generators: the same contract and
 * seed give the same events. Each event is given as the plain JSON
 * a producer writes and, for Avro, as its record too.
 */
final class EventSamples {
  private final ObjectMapper mapper;
  private final long seed;

  EventSamples(ObjectMapper mapper, long seed) {
    this.mapper = mapper;
    this.seed = seed;
  }

  long seed() {
    return seed;
  }

  SampleEvent sample(ContractSchema contract) {
    SampleGenerator generator = generator(contract);
    try {
      return event(contract, generator, generator.datum(contract.schema(), seed));
    } catch (SchemaGateException none) {
      throw noSample(contract, none);
    }
  }

  List<SampleEvent> samples(ContractSchema contract, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("A sample count cannot be negative, but it was " + count + ".");
    }
    SampleGenerator generator = generator(contract);
    List<SampleEvent> samples = new ArrayList<>();
    try {
      generator.data(contract.schema(), seed, count).forEach(datum -> samples.add(event(contract, generator, datum)));
    } catch (SchemaGateException none) {
      throw noSample(contract, none);
    }
    return samples;
  }

  private static SampleGenerator generator(ContractSchema contract) {
    return SchemaLanguages.of(contract.schema().type()).samples().orElseThrow(() -> new UnsupportedOperationException(
        "Samples of " + contract.schema().type() + " contracts such as \"" + contract.subject()
            + "\" are not supported yet; samples come from Avro and JSON Schema contracts."));
  }

  private SampleEvent event(ContractSchema contract, SampleGenerator generator, Object datum) {
    return new SampleEvent(contract, generator.toEventJson(contract.schema(), datum), datum, mapper);
  }

  private static IllegalStateException noSample(ContractSchema contract, SchemaGateException none) {
    return new IllegalStateException("No sample of \"" + contract.subject() + "\" version " + contract.version() + " from "
        + contract.origin() + " could be made: " + none.getMessage());
  }
}
