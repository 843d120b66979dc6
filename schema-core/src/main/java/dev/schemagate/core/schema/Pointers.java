package dev.schemagate.core.schema;

import java.util.List;

/** RFC 6901 JSON Pointer building. */
public final class Pointers {
  private Pointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** {@code parent + "/" + escaped token}. */
  public static String append(String parent, String token) {
    return parent + "/" + escape(token);
  }

  public static String append(String parent, int index) {
    return parent + "/" + index;
  }

  public static String of(List<String> tokens) {
    StringBuilder pointer = new StringBuilder();
    for (String token : tokens) {
      pointer.append('/').append(escape(token));
    }
    return pointer.toString();
  }
}
