package dev.schemagate.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.generic.GenericRecord;

/**
 * A valid example event of one contract version, to feed a consumer's handler. The JSON form is plain
 * JSON (Avro unions as their value, logical types as ISO-8601 text, decimals as numbers), so that
 * {@link #as(Class)} reads it the way a Jackson consumer would.
 */
public final class SampleEvent {
  private final ContractSchema contract;
  private final JsonNode json;
  private final Object datum;
  private final ObjectMapper mapper;

  SampleEvent(ContractSchema contract, JsonNode json, Object datum, ObjectMapper mapper) {
    this.contract = contract;
    this.json = json;
    this.datum = datum;
    this.mapper = mapper;
  }

  public String subject() {
    return contract.subject();
  }

  public int version() {
    return contract.version();
  }

  /** The event as a JSON tree (a copy: change it freely). */
  public JsonNode json() {
    return json.deepCopy();
  }

  /** The event as compact JSON text. */
  public String text() {
    return json.toString();
  }

  /**
   * The event read into the consumer's type with the configured ObjectMapper.
   *
   * @throws ContractViolation when the type cannot take a valid event of the contract
   */
  public <T> T as(Class<T> type) {
    try {
      return mapper.treeToValue(json, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String reason = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
      throw ContractViolation.forUnreadableSample(contract, type, "A valid event cannot be read as " + type.getSimpleName()
          + " (" + reason.replaceAll("\\s+", " ").trim() + "), so the consumer would fail on it; make the class follow the contract.");
    }
  }

  /**
   * The event as an Avro record, for Avro consumers.
   *
   * @throws IllegalStateException for a JSON Schema contract, or an Avro schema that is not a record
   */
  public GenericRecord avro() {
    if (datum instanceof GenericRecord record) {
      return record;
    }
    throw new IllegalStateException("The sample of \"" + subject() + "\" version " + version() + " is not an Avro record ("
        + contract.schema().type() + " contract); use json(), text() or as(type).");
  }

  @Override
  public String toString() {
    return subject() + " v" + version() + " " + text();
  }
}
