package dev.schemagate.server.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.schemagate.server.registry.ErrorCode;
import dev.schemagate.server.registry.RegistryException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;

/** Decoding requests and encoding responses, the same way for every route. */
final class Http {
  /** What every response is written as. */
  static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  /** Request bodies nest a few levels (schema text travels as a string); deeper is an attack. */
  static final int MAX_BODY_NESTING = 64;

  static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_BODY_NESTING).build());
  }

  private Http() {}

  /**
   * Refuses (413) a request whose Content-Length is over the limit without keeping its body. A body
   * up to twice the limit is read and thrown away first: closing a connection with unread bytes
   * makes the kernel reset it, and the client would see "connection reset" instead of the answer.
   * A larger one is refused at once. A body without a length (chunked) is cut off by Javalin once it
   * passes the limit.
   */
  static void refuseDeclaredOversize(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      if (declared <= 2 * limit) {
        discard(ctx, declared);
      }
      throw new ApiException(413, 413, ErrorMapping.tooLarge(limit));
    }
  }

  private static void discard(Context ctx, long bytes) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = ctx.req().getInputStream()) {
      for (long left = bytes; left > 0; ) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          return;
        }
        left -= read;
      }
    } catch (IOException clientGone) {
      // the answer is 413 either way
    }
  }

  /** The body as a JSON object: 400 when it is not JSON, 422 when it is JSON but not an object. */
  static ObjectNode body(Context ctx) {
    RequestBodies.Read read = RequestBodies.read(ctx);
    if (read.isBlank()) {
      throw ApiException.unprocessable("The request has no body; send a JSON object.");
    }
    JsonNode node;
    try {
      node = read.ascii() != null ? MAPPER.readTree(read.ascii()) : MAPPER.readTree(read.text());
    } catch (StreamConstraintsException tooDeep) {
      throw new ApiException(400, 400, "The request body nests more than " + MAX_BODY_NESTING + " levels; send a flat JSON object.");
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ApiException(400, 400, "The request body is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException unreadable) { // bytes are read from memory; only their encoding can fail
      throw new ApiException(400, 400, "The request body is not valid JSON: " + unreadable.getMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw ApiException.unprocessable("The request body must be a JSON object, not " + kind(node) + ".");
    }
    if (read.mayHoldHalfCharacters()) {
      RequestBodies.requireWholeCharacters(object, "");
    }
    return object;
  }

  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "something else";
    };
  }

  /** Longer subject names are refused: no topic name comes near it. */
  static final int MAX_SUBJECT_LENGTH = 1_000;

  /**
   * The decoded {@code subject} path parameter. A name that is blank, longer than 1,000 characters
   * or holds control characters is refused with 42208.
   */
  static String subject(Context ctx) {
    String subject = ctx.pathParam("subject");
    String problem = subjectProblem(subject);
    if (problem != null) {
      throw new RegistryException(ErrorCode.INVALID_SUBJECT,
          "The specified subject '" + shown(subject) + "' is not valid: " + problem + ".");
    }
    return subject;
  }

  /** What is wrong with a subject name (in a path or a reference), or null when nothing is. */
  static String subjectProblem(String subject) {
    return subject.isBlank() ? "it is blank"
        : subject.length() > MAX_SUBJECT_LENGTH ? "it is longer than " + MAX_SUBJECT_LENGTH + " characters"
        : subject.chars().anyMatch(Character::isISOControl) ? "it holds control characters" : null;
  }

  /** A subject name as an error message shows it: at most 40 characters, control characters as '?'. */
  static String shown(String subject) {
    String shown = subject.length() > 40 ? subject.substring(0, 40) + "..." : subject;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }

  /** The subject path parameter with its alias followed: the subject the request is really about. */
  static String subject(Context ctx, dev.schemagate.server.registry.Registry registry) {
    return registry.settings().resolveAlias(subject(ctx));
  }

  /** A true/false query parameter; absent is false. */
  static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ApiException(400, 400, "The query parameter \"" + name + "\" must be true or false, not \"" + value + "\".");
    };
  }

  /** A whole-number query parameter. */
  static int number(Context ctx, String name, int whenAbsent) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return whenAbsent;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new ApiException(400, 400, "The query parameter \"" + name + "\" must be a whole number, not \"" + value + "\".");
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Writes a JSON answer with status 200. */
  static void ok(Context ctx, Object body) {
    write(ctx, 200, body);
  }

  /**
   * Writes a JSON array of strings with status 200 as {@code rows} hands them over, without holding
   * the whole answer: the same bytes {@link #ok} would write for the list. When {@code rows} fails,
   * nothing is flushed that has not already gone out, so the error is answered as usual while the
   * answer is small; a long answer already on its way ends without its closing bracket, which no
   * client can take for a complete list.
   */
  static void okStrings(Context ctx, Consumer<Consumer<String>> rows) {
    ctx.status(200).contentType(CONTENT_TYPE);
    try {
      JsonGenerator json = MAPPER.createGenerator(ctx.outputStream())
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      json.writeStartArray();
      rows.accept(text -> {
        try {
          json.writeString(text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      json.writeEndArray();
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException("a response could not be written", e);
    }
  }

  static void write(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a response could not be written as JSON", e);
    }
  }
}
