package dev.schemagate.server.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes no well-behaved HTTP client would (broken framing, bad charsets, odd methods and
 * paths) on a socket of its own and reads the one answer: status, headers and body.
 */
public final class RawHttp {
  private RawHttp() {}

  /** The answer to a request: its status line's code, the header block, the body and the body as JSON (or null). */
  public record Answer(int status, String headers, String body, JsonNode json) {
    /** Whether the body is one Confluent error object, {@code {"error_code": N, "message": "..."}}, and nothing else. */
    public boolean isConfluentError() {
      return json != null && json.isObject() && json.size() == 2 && json.path("error_code").isInt()
          && json.path("message").isTextual() && !json.path("message").asText().isBlank();
    }
  }

  /** Sends {@code request} and reads the answer; with {@code halfClose} the sending side is shut once it is sent. */
  public static Answer send(int port, byte[] request, boolean halfClose, int timeoutMillis) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(timeoutMillis);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        if (halfClose) {
          socket.shutdownOutput();
        }
      } catch (IOException answeredEarly) {
        // the server answered (413, 414, 400) and closed before reading everything: read its answer
      }
      return read(socket.getInputStream());
    } catch (SocketTimeoutException e) {
      return new Answer(0, "", "(no answer within " + timeoutMillis + " ms)", null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Answer send(int port, String request, boolean halfClose) {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1), halfClose, 10_000);
  }

  /** A request with a body and its true Content-Length. */
  public static byte[] request(String method, String path, String contentType, byte[] body) {
    String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** Reads one response: up to its Content-Length, to the end of its chunks, or to the end of the stream. */
  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int headerEnd = -1;
    long wanted = -1;
    boolean chunked = false;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      all.write(buffer, 0, n);
      if (headerEnd < 0) {
        String text = all.toString(StandardCharsets.ISO_8859_1);
        if ((headerEnd = text.indexOf("\r\n\r\n")) >= 0) {
          String headers = text.substring(0, headerEnd).toLowerCase(java.util.Locale.ROOT);
          chunked = headers.contains("transfer-encoding: chunked");
          int at = headers.indexOf("content-length:");
          if (at >= 0) {
            int end = headers.indexOf("\r\n", at);
            wanted = Long.parseLong(headers.substring(at + 15, end < 0 ? headers.length() : end).trim());
          }
        }
      }
      if (headerEnd >= 0 && wanted >= 0 && all.size() - headerEnd - 4 >= wanted) {
        break;
      }
      if (headerEnd >= 0 && chunked && endsWith(all, "\r\n0\r\n\r\n")) {
        break;
      }
    }
    byte[] bytes = all.toByteArray();
    String head = all.toString(StandardCharsets.ISO_8859_1);
    int end = head.indexOf("\r\n\r\n");
    String headers = end < 0 ? head : head.substring(0, end);
    byte[] content = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    String body = new String(chunked ? unchunk(content) : content, StandardCharsets.UTF_8);
    int status = 0;
    if (headers.startsWith("HTTP/1.")) {
      status = Integer.parseInt(headers.substring(9, 12));
    }
    return new Answer(status, headers, body, json(body));
  }

  private static boolean endsWith(ByteArrayOutputStream out, String end) {
    if (out.size() < end.length()) {
      return false;
    }
    byte[] bytes = out.toByteArray();
    for (int i = 0; i < end.length(); i++) {
      if (bytes[bytes.length - end.length() + i] != end.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The content of a chunked body; chunk sizes count bytes. */
  private static byte[] unchunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int line = at;
      while (line + 1 < body.length && !(body[line] == '\r' && body[line + 1] == '\n')) {
        line++;
      }
      if (line + 1 >= body.length) {
        break;
      }
      int size = Integer.parseInt(new String(body, at, line - at, StandardCharsets.ISO_8859_1).trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(body, line + 2, Math.min(size, body.length - line - 2));
      at = line + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static JsonNode json(String body) {
    try {
      return body.isEmpty() ? null
          : HttpClientForTests.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
