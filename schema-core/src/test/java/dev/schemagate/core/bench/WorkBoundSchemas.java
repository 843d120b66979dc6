package dev.schemagate.core.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.core.schema.SchemaType;

/**
 * Large schemas a hostile or unlucky client may send, well within a request's size limit, that once
 * cost seconds of CPU each: each case is an old and a new schema text of one language.
 */
public enum WorkBoundSchemas {
  /** A record with one field: the trivial check the others are measured against. */
  TRIVIAL(SchemaType.AVRO, avroRecord(1), avroRecord(1)),
  /** An Avro union of 2,000 records, checked against itself. */
  AVRO_UNION_2000(SchemaType.AVRO, avroUnion(2_000), avroUnion(2_000)),
  /** An Avro enum of 100,000 symbols, against one of 99,999. */
  AVRO_ENUM_100000(SchemaType.AVRO, avroEnum(99_999), avroEnum(100_000)),
  /** A JSON Schema whose root is a chain of 4,000 {@code $ref} links, against itself. */
  JSON_REF_CHAIN_4000(SchemaType.JSON, jsonRefChain(4_000), jsonRefChain(4_000)),
  /** A JSON Schema object of 50,000 properties, against itself. */
  JSON_PROPERTIES_50000(SchemaType.JSON, jsonProperties(50_000), jsonProperties(50_000));

  public final SchemaType type;
  public final String oldText;
  public final String newText;

  WorkBoundSchemas(SchemaType type, String oldText, String newText) {
    this.type = type;
    this.oldText = oldText;
    this.newText = newText;
  }

  static String avroRecord(int fields) {
    ObjectNode record = JsonNodeFactory.instance.objectNode().put("type", "record").put("name", "R");
    ArrayNode list = record.putArray("fields");
    for (int i = 0; i < fields; i++) {
      list.addObject().put("name", "f" + i).put("type", "int");
    }
    return record.toString();
  }

  public static String avroUnion(int records) {
    ArrayNode union = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < records; i++) {
      ObjectNode record = union.addObject().put("type", "record").put("name", "R" + i);
      record.putArray("fields").addObject().put("name", "f").put("type", "int");
    }
    return union.toString();
  }

  public static String avroEnum(int symbols) {
    ObjectNode enumeration = JsonNodeFactory.instance.objectNode().put("type", "enum").put("name", "E");
    ArrayNode list = enumeration.putArray("symbols");
    for (int i = 0; i < symbols; i++) {
      list.add("S" + i);
    }
    return enumeration.toString();
  }

  public static String jsonRefChain(int links) {
    ObjectNode root = JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/d0");
    ObjectNode defs = root.putObject("$defs");
    for (int i = 0; i < links - 1; i++) {
      defs.putObject("d" + i).put("$ref", "#/$defs/d" + (i + 1));
    }
    defs.putObject("d" + (links - 1)).put("type", "string");
    return root.toString();
  }

  public static String jsonProperties(int count) {
    ObjectNode root = JsonNodeFactory.instance.objectNode().put("type", "object");
    ObjectNode properties = root.putObject("properties");
    for (int i = 0; i < count; i++) {
      properties.putObject("p" + i).put("type", "string");
    }
    return root.toString();
  }
}
