package dev.schemagate.core.client;

import java.nio.charset.StandardCharsets;

/** Percent-encodes one path segment (RFC 3986): subjects may hold slashes, spaces or any Unicode. */
final class UrlSegments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlSegments() {}

  static String encode(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return encoded.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
