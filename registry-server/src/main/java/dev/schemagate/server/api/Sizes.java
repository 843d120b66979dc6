package dev.schemagate.server.api;

import java.util.Locale;
import java.util.OptionalLong;

/** Byte sizes as operators write them ({@code 8MB}, {@code 512KB}, {@code 1048576}) and as messages show them. */
public final class Sizes {
  private static final long KB = 1024;
  private static final long MB = 1024 * KB;

  private Sizes() {}

  /** {@code 8MB}, {@code 512 KB} or a number of bytes; answers empty for anything else. */
  public static OptionalLong parse(String text) {
    String value = text.trim().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (value.endsWith("KB")) {
      unit = KB;
    } else if (value.endsWith("MB")) {
      unit = MB;
    }
    String digits = unit == 1 ? value.replaceFirst("B$", "") : value.substring(0, value.length() - 2);
    try {
      return OptionalLong.of(Math.multiplyExact(Long.parseLong(digits.trim()), unit));
    } catch (NumberFormatException | ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  /** {@code 8 MB (8388608 bytes)}, {@code 64 KB (65536 bytes)} or {@code 1500 bytes}. */
  public static String describe(long bytes) {
    if (bytes >= MB && bytes % MB == 0) {
      return bytes / MB + " MB (" + bytes + " bytes)";
    }
    if (bytes >= KB && bytes % KB == 0) {
      return bytes / KB + " KB (" + bytes + " bytes)";
    }
    return bytes + " bytes";
  }
}
