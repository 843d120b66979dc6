package dev.schemagate.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.avro.AvroSamples;
import dev.schemagate.core.avro.AvroSchema;
import dev.schemagate.core.json.JsonSamples;
import dev.schemagate.core.json.JsonSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Example events of a contract from schema-core's deterministic generators: the same contract and
 * seed give the same events. Avro data are given as plain JSON too (see {@link AvroDatumJson}).
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
    if (contract.schema() instanceof AvroSchema avro) {
      return avroSample(contract, avro, AvroSamples.datum(avro, seed));
    }
    try {
      return new SampleEvent(contract, JsonSamples.sample(jsonSchema(contract), seed), null, mapper);
    } catch (SchemaGateException none) {
      throw noSample(contract, none);
    }
  }

  private static JsonSchema jsonSchema(ContractSchema contract) {
    if (contract.schema() instanceof JsonSchema json) {
      return json;
    }
    throw new UnsupportedOperationException("Samples of " + contract.schema().type() + " contracts such as \""
        + contract.subject() + "\" are not supported yet; samples come from Avro and JSON Schema contracts.");
  }

  List<SampleEvent> samples(ContractSchema contract, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("A sample count cannot be negative, but it was " + count + ".");
    }
    List<SampleEvent> samples = new ArrayList<>();
    if (contract.schema() instanceof AvroSchema avro) {
      AvroSamples.data(avro, seed, count).forEach(datum -> samples.add(avroSample(contract, avro, datum)));
    } else {
      for (JsonNode json : JsonSamples.samples(jsonSchema(contract), seed, count)) {
        samples.add(new SampleEvent(contract, json, null, mapper));
      }
    }
    return samples;
  }

  private SampleEvent avroSample(ContractSchema contract, AvroSchema avro, Object datum) {
    return new SampleEvent(contract, AvroDatumJson.value(avro.avro(), datum), datum, mapper);
  }

  private static IllegalStateException noSample(ContractSchema contract, SchemaGateException none) {
    return new IllegalStateException("No sample of \"" + contract.subject() + "\" version " + contract.version() + " from "
        + contract.origin() + " could be made: " + none.getMessage());
  }
}
