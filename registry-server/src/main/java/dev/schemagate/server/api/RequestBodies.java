package dev.schemagate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request body strictly, in one place for every route: the charset the Content-Type names
 * (UTF-8 when it names none), every byte decoded or the request refused, and no text that could
 * not be stored exactly as it was sent. What a client sent is what the registry keeps, or it is told
 * why not.
 */
final class RequestBodies {
  private RequestBodies() {}

  /**
   * A body as read: its bytes when they are plain ASCII in a charset that reads ASCII as itself
   * (then they are their own text, and a JSON parser reads them without decoding or copying), else
   * its text decoded as {@link #text} does.
   */
  record Read(byte[] ascii, String text) {
    boolean isBlank() {
      if (ascii == null) {
        return text.isBlank();
      }
      for (byte b : ascii) {
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the body may hold half a surrogate pair: ASCII bytes only through a JSON escape
     * (a backslash and "u"), and these are rare, so most bodies need no walk through every string.
     */
    boolean mayHoldHalfCharacters() {
      if (ascii == null) {
        return true;
      }
      for (int i = 0; i + 1 < ascii.length; i++) {
        if (ascii[i] == '\\' && ascii[i + 1] == 'u') {
          return true;
        }
      }
      return false;
    }
  }

  /** The body as {@link Read}: 415 for a charset that is not one, 400 for a broken body or bytes that are not text. */
  static Read read(Context ctx) {
    Charset charset = charset(ctx.header("Content-Type"));
    byte[] bytes = bytes(ctx);
    return readsAsciiAsItself(charset) && isAscii(bytes) ? new Read(bytes, null) : new Read(null, decode(bytes, charset));
  }

  private static boolean readsAsciiAsItself(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
        || charset.equals(StandardCharsets.ISO_8859_1);
  }

  /** ASCII without NUL: a JSON parser reading bytes takes zero bytes for a sign of UTF-16 or UTF-32. */
  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The body as text: 415 for a charset that is not one, 400 for a broken body or bytes that are not text. */
  static String text(Context ctx) {
    Charset charset = charset(ctx.header("Content-Type")); // the servlet's getContentType() throws on a bad charset
    return decode(bytes(ctx), charset);
  }

  private static String decode(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length * 2 + 16));
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ApiException(400, 400, "The request body is not valid " + charset.name() + ": the bytes at offset "
          + in.position() + " are not a character; send the body as UTF-8.");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The charset of a Content-Type header: UTF-8 when it names none. */
  static Charset charset(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
        String name = pair[1].trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
          name = name.substring(1, name.length() - 1);
        }
        try {
          return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new ApiException(415, 415, "The Content-Type names the charset \"" + shown(name)
              + "\", which this server does not know; send the body as UTF-8 (charset=utf-8).");
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static byte[] bytes(Context ctx) {
    try {
      return ctx.bodyAsBytes();
    } catch (HttpResponseException e) {
      throw e; // the body passed the size limit: 413
    } catch (Exception e) { // Jetty's early EOF and bad chunks arrive as undeclared IOExceptions
      throw new ApiException(400, 400, "The request body could not be read: it ended before its declared length"
          + " or its chunked framing is broken; send the whole body.");
    }
  }

  /**
   * Refuses (400) text holding half of a UTF-16 surrogate pair, such as the JSON escape
   * {@code "\\ud800"}: it is no character, and a database would store it as something else.
   */
  static void requireWholeCharacters(JsonNode node, String pointer) {
    if (node.isTextual()) {
      requireWholeCharacters(node.asText(), pointer);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireWholeCharacters(node.get(i), pointer + "/" + i);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        requireWholeCharacters(field.getKey(), child);
        requireWholeCharacters(field.getValue(), child);
      }
    }
  }

  private static void requireWholeCharacters(String text, String pointer) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new ApiException(400, 400, "The request body holds half a character at " + (pointer.isEmpty() ? "/" : pointer)
            + ": the escape \\u" + Integer.toHexString(c) + " at position " + i + " is one half of a UTF-16 surrogate"
            + " pair without the other; send whole characters.");
      }
    }
  }

  private static String shown(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
