package dev.schemagate.server.testing;

import java.util.StringJoiner;

/** Large schema texts, well within the request size limit, of the kinds that make checks costly. */
public final class LargeSchemas {
  private LargeSchemas() {}

  /** An Avro union of records {@code R0..R(n-1)}, each with one int field. */
  public static String avroUnion(int records) {
    StringJoiner union = new StringJoiner(",", "[", "]");
    for (int i = 0; i < records; i++) {
      union.add("{\"type\":\"record\",\"name\":\"R" + i + "\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}]}");
    }
    return union.toString();
  }

  /** An Avro enum {@code E} of symbols {@code S0..S(n-1)}. */
  public static String avroEnum(int symbols) {
    StringJoiner list = new StringJoiner("\",\"", "[\"", "\"]");
    for (int i = 0; i < symbols; i++) {
      list.add("S" + i);
    }
    return "{\"type\":\"enum\",\"name\":\"E\",\"symbols\":" + list + "}";
  }

  /** A JSON Schema whose root refers to d0, d0 to d1 and so on; the last is a string. */
  public static String jsonRefChain(int links) {
    StringJoiner defs = new StringJoiner(",", "{", "}");
    for (int i = 0; i < links - 1; i++) {
      defs.add("\"d" + i + "\":{\"$ref\":\"#/$defs/d" + (i + 1) + "\"}");
    }
    defs.add("\"d" + (links - 1) + "\":{\"type\":\"string\"}");
    return "{\"$ref\":\"#/$defs/d0\",\"$defs\":" + defs + "}";
  }

  /** A JSON Schema object of string properties {@code p0..p(n-1)}. */
  public static String jsonProperties(int count) {
    StringJoiner properties = new StringJoiner(",", "{", "}");
    for (int i = 0; i < count; i++) {
      properties.add("\"p" + i + "\":{\"type\":\"string\"}");
    }
    return "{\"type\":\"object\",\"properties\":" + properties + "}";
  }
}
