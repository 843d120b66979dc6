package dev.schemagate.contract.examples.orders;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;

/**
 * A producer that speaks Avro: turns each {@link OrderPlaced} into a {@code GenericRecord} of the
 * schema it was built with, as a Kafka Avro serializer would receive it.
 */
public final class AvroOrderPublisher implements Consumer<Object> {
  private static final Conversions.DecimalConversion DECIMALS = new Conversions.DecimalConversion();

  private final Schema schema;
  private final Consumer<Object> broker;

  public AvroOrderPublisher(Schema schema, Consumer<Object> broker) {
    this.schema = schema;
    this.broker = broker;
  }

  @Override
  public void accept(Object event) {
    broker.accept(toRecord((OrderPlaced) event));
  }

  public GenericRecord toRecord(OrderPlaced event) {
    Schema lineSchema = schema.getField("items").schema().getElementType();
    List<GenericRecord> lines = event.items().stream()
        .map(line -> new GenericRecordBuilder(lineSchema)
            .set("sku", line.sku())
            .set("quantity", line.quantity())
            .set("unitPrice", decimal(lineSchema, "unitPrice", line.unitPrice()))
            .build())
        .map(GenericRecord.class::cast)
        .toList();
    GenericRecordBuilder record = new GenericRecordBuilder(schema)
        .set("eventId", event.eventId().toString())
        .set("eventType", event.eventType())
        .set("aggregateId", event.aggregateId())
        .set("timestamp", event.timestamp().toEpochMilli())
        .set("version", event.version())
        .set("correlationId", event.correlationId())
        .set("causationId", event.causationId())
        .set("customerId", event.customerId())
        .set("items", lines)
        .set("total", decimal(schema, "total", event.total()))
        .set("currency", new GenericData.EnumSymbol(schema.getField("currency").schema(), event.currency().name()))
        .set("placedOn", (int) event.placedOn().toEpochDay());
    if (schema.getField("channel") != null) {
      record.set("channel", event.channel());
    }
    return record.build();
  }

  private static ByteBuffer decimal(Schema record, String field, java.math.BigDecimal value) {
    Schema type = record.getField(field).schema();
    return DECIMALS.toBytes(value, type, type.getLogicalType());
  }
}
