package dev.schemagate.server.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile and odd HTTP requests from a seed, as raw bytes: broken framing and charsets, bytes
 * that are not UTF-8, half surrogate pairs, truncated and deeply nested JSON, huge unions and enums,
 * ids and versions at and past 32 bits, odd subject names and methods, bad query parameters and
 * plain random bytes. None deletes or re-moves the subjects starting with {@code kept-}.
 */
final class HostileRequests {
  /** What one request is, for the failure message. */
  record Request(String kind, byte[] bytes, boolean halfClose) {}

  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "BREW");
  private static final List<String> PATHS = List.of("/subjects/%s/versions", "/subjects/%s", "/subjects/%s/versions/%v",
      "/subjects/%s/versions/%v/schema", "/subjects/%s/versions/%v/referencedby", "/compatibility/subjects/%s/versions",
      "/compatibility/subjects/%s/versions/%v", "/config/%s", "/mode/%s", "/schemas/ids/%v", "/schemas/ids/%v/versions",
      "/schemas/ids/%v/subjects", "/schemas", "/subjects", "/config", "/mode", "/schemas/types", "/", "/contexts");
  private static final List<String> SUBJECTS = List.of("kept-avro", "kept-json", "kept-proto", "fuzz", "a%2Fb", "%ff",
      "%00", "%C3%A4", "%E6%B3%A8", "%20", "..", "%2e%2e", "x".repeat(1_200), "%F0%9F%98%80", "%ed%a0%80", "tab%09", "a b");
  private static final List<String> VERSIONS = List.of("1", "2", "latest", "-1", "0", "-2", "2147483647", "2147483648",
      "99999999999999999999", "1.5", "abc", "%ff", "", "1e3", "0x10", "+1");
  private static final List<String> QUERIES = List.of("", "?deleted=true", "?deleted=maybe", "?permanent=true",
      "?normalize=yes", "?verbose=true", "?limit=-5", "?limit=ten", "?offset=-1", "?offset=99999999999", "?force=%ff",
      "?subjectPrefix=%00", "?defaultToGlobal=1", "?latestOnly=true&limit=2147483648", "?fetchMaxId=true&subject=%ff");
  private static final List<String> CHARSETS = List.of("", "; charset=utf-8", "; charset=bogus-charset", "; charset=",
      "; charset=x y", "; charset=\"UTF-8\"", "; charset=ISO-8859-1", "; charset=UTF-16");
  private static final List<String> LEVELS = List.of("FULL", "full", "FULL\\u0000", " FULL", "NONE", "BACKWARD_TRANSITIVE",
      "bogus", "");

  private final Random random;

  HostileRequests(long seed) {
    this.random = new Random(seed);
  }

  Request next() {
    int kind = random.nextInt(12);
    return switch (kind) {
      case 0 -> new Request("random bytes", randomBytes(), true);
      case 1 -> new Request("short body", shortBody(), true);
      case 2 -> new Request("bad chunks", badChunks(), true);
      case 3 -> withBody("truncated json", truncated(registration()));
      case 4 -> withBody("nested json", nested());
      case 5 -> withBody("ids and versions", importing());
      case 6 -> withBody("not utf-8", notUtf8(registration()));
      case 7 -> withBody("half surrogate", registration().replace("\"doc\\\":\\\"d", "\"doc\\\":\\\"\\ud800"));
      case 8 -> withBody("large", large());
      case 9 -> withBody("config and mode", settings());
      case 10 -> new Request("odd request line", oddRequestLine(), false);
      default -> withBody("schema", registration());
    };
  }

  private Request withBody(String kind, String body) {
    String method = random.nextInt(5) == 0 ? pick(METHODS) : random.nextBoolean() ? "POST" : "PUT";
    String path = random.nextBoolean() ? path()
        : pick(List.of("/subjects/%s/versions", "/compatibility/subjects/%s/versions", "/subjects/%s"))
            .replace("%s", pick(SUBJECTS));
    if (method.equals("DELETE") && path.contains("kept-")) {
      method = "POST";
    }
    String contentType = pick(List.of("application/vnd.schemaregistry.v1+json", "application/json", "text/plain", ""))
        + pick(CHARSETS);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (body.contains("\u0000BAD")) {
      bytes = body.replace("\u0000BAD", "\u0000").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          bytes[i] = (byte) (0x80 + random.nextInt(0x80));
        }
      }
    }
    return new Request(kind, request(method, path + pick(QUERIES), contentType, bytes), false);
  }

  private String path() {
    return pick(PATHS).replace("%s", pick(SUBJECTS)).replace("%v", pick(VERSIONS));
  }

  static byte[] request(String method, String target, String contentType, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + (contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n") + "Content-Length: " + body.length
        + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private String registration() {
    String schema = switch (random.nextInt(3)) {
      case 0 -> "{\"type\":\"record\",\"name\":\"R" + random.nextInt(50) + "\",\"doc\":\"d\",\"fields\":[{\"name\":\"f"
          + random.nextInt(5) + "\",\"type\":\"" + pick(List.of("int", "string", "long", "bogus")) + "\"}]}";
      case 1 -> "{\"type\":\"object\",\"doc\":\"d\",\"properties\":{\"p" + random.nextInt(5) + "\":{\"type\":\""
          + pick(List.of("integer", "string", "nope")) + "\"}}}";
      default -> "syntax = \"proto3\"; message M" + random.nextInt(9) + " { string a = " + random.nextInt(4) + "; }";
    };
    String type = pick(List.of("AVRO", "JSON", "PROTOBUF", "avro", "XML"));
    return "{\"schema\":" + quote(schema) + ",\"schemaType\":\"" + type + "\"}";
  }

  private String truncated(String body) {
    return body.substring(0, random.nextInt(body.length()));
  }

  private String nested() {
    int depth = 1 + random.nextInt(700);
    return switch (random.nextInt(3)) {
      case 0 -> "[".repeat(depth) + "]".repeat(depth);
      case 1 -> "{\"schema\":\"\\\"string\\\"\",\"metadata\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
      default -> "{\"schemaType\":\"JSON\",\"schema\":" + quote("{\"not\":".repeat(depth) + "{\"type\":\"string\"}"
          + "}".repeat(depth)) + "}";
    };
  }

  private String importing() {
    String id = pick(List.of("1", "0", "-1", "-2", "2147483647", "2147483648", "-2147483648", "1e2", "\"7\"", "null"));
    String version = pick(List.of("1", "0", "-1", "2147483647", "2147483648", "3.5", "\"2\""));
    return "{\"schema\":\"\\\"string\\\"\",\"id\":" + id + ",\"version\":" + version + "}";
  }

  private String notUtf8(String body) {
    int at = random.nextInt(body.length());
    return body.substring(0, at) + "\u0000BAD" + body.substring(at);
  }

  private String large() {
    int size = 500 + random.nextInt(3_000);
    StringBuilder schema = new StringBuilder();
    if (random.nextBoolean()) {
      schema.append('[');
      for (int i = 0; i < size; i++) {
        schema.append(i == 0 ? "" : ",").append("{\"type\":\"record\",\"name\":\"U").append(i).append("\",\"fields\":[]}");
      }
      schema.append(']');
    } else {
      schema.append("{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[");
      for (int i = 0; i < size * 4; i++) {
        schema.append(i == 0 ? "" : ",").append("\"S").append(i).append('"');
      }
      schema.append("]}");
    }
    return "{\"schema\":" + quote(schema.toString()) + "}";
  }

  private String settings() {
    return switch (random.nextInt(3)) {
      case 0 -> "{\"compatibility\":\"" + pick(LEVELS) + "\"}";
      case 1 -> "{\"compatibilityLevel\":\"" + pick(LEVELS) + "\",\"unknownKey\":{\"a\":[1,2]},\"normalize\":true}";
      default -> "{\"mode\":\"" + pick(List.of("READWRITE", "READONLY\\u0000", "IMPORT ", "bogus", "readwrite")) + "\"}";
    };
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(300)];
    random.nextBytes(bytes);
    return bytes;
  }

  private byte[] shortBody() {
    String body = registration();
    String head = "POST /subjects/fuzz/versions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + (body.length() + 1 + random.nextInt(1000)) + "\r\n\r\n";
    return (head + body).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] badChunks() {
    String size = pick(List.of("zz", "fffffffffffffffff", "-1", "", "1;ext=\u0001", "ffffffff"));
    String head = "POST /subjects/fuzz/versions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n";
    return (head + size + "\r\n" + registration() + "\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private byte[] oddRequestLine() {
    String line = pick(List.of("OPTIONS * HTTP/1.1", "CONNECT localhost:443 HTTP/1.1", "PRI * HTTP/2.0\r\n\r\nSM",
        pick(METHODS) + " " + path() + pick(QUERIES) + " HTTP/1.1", "GET /subjects/%zz HTTP/1.1",
        "GET /" + "a".repeat(random.nextInt(20_000)) + " HTTP/1.1", "GET /subjects HTTP/1.1\r\nHost: a\r\nHost: b",
        "GET /subjects\u0000 HTTP/1.1"));
    return (line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
