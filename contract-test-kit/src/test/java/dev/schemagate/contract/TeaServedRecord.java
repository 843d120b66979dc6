package dev.schemagate.contract;

import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * A hand-written stand-in for a class Avro's code generator makes: a SpecificRecord whose fields
 * hold converted logical values (an {@code Instant} for {@code timestamp-millis}).
 */
public final class TeaServedRecord extends SpecificRecordBase {
  public static final Schema SCHEMA$ = new Schema.Parser().parse("""
      {"type": "record", "name": "TeaServed", "namespace": "com.acme.tea", "fields": [
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "cups", "type": "int"}
      ]}""");

  private Instant at;
  private Object cups;

  public TeaServedRecord() {}

  TeaServedRecord(Instant at, Object cups) {
    this.at = at;
    this.cups = cups;
  }

  @Override
  public Schema getSchema() {
    return SCHEMA$;
  }

  @Override
  public Object get(int field) {
    return field == 0 ? at : cups;
  }

  @Override
  public void put(int field, Object value) {
    if (field == 0) {
      at = (Instant) value;
    } else {
      cups = value;
    }
  }
}
