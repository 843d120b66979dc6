package dev.schemagate.core;

/** Schemas built to be hard for the tests of several packages. */
public final class HostileSchemas {
  private HostileSchemas() {}

  /**
   * Avro record T0 with two fields of record T1, which has two of T2, ... down to T{levels}, whose one
   * field {@code x} has {@code leafType}: a small document that is 2^levels records written out in full.
   */
  public static String avroDoubling(int levels, String leafType) {
    StringBuilder schema = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      schema.append("{\"type\":\"record\",\"name\":\"T").append(i).append("\",\"fields\":[{\"name\":\"a\",\"type\":");
    }
    schema.append("{\"type\":\"record\",\"name\":\"T").append(levels).append("\",\"fields\":[{\"name\":\"x\",\"type\":\"")
        .append(leafType).append("\"}]}");
    for (int i = levels - 1; i >= 0; i--) {
      schema.append("},{\"name\":\"b\",\"type\":\"T").append(i + 1).append("\"}]}");
    }
    return schema.toString();
  }
}
