package dev.schemagate.core.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** Names and values quoted in sentences, the one way: as a JSON string, so an embedded quote cannot end the quote. */
public final class Quotes {
  private Quotes() {}

  /** {@code OrderPlaced} as {@code "OrderPlaced"}; {@code a"b} as {@code "a\"b"}. */
  public static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(text))) + "\"";
  }
}
